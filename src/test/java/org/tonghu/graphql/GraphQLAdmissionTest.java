package org.tonghu.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * The admission gate on a plain Vert.x router: a request behind it is held until the test lets it answer, so which
 * requests run, wait or are refused is decided by the gate alone.
 */
class GraphQLAdmissionTest {

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private Vertx vertx;
    private HttpServer server;
    private final BlockingQueue<RoutingContext> held = new LinkedBlockingQueue<>();
    private final AtomicInteger runningNow = new AtomicInteger();
    private final AtomicInteger mostRunning = new AtomicInteger();
    private final Map<RoutingContext, Context> contexts = new ConcurrentHashMap<>();
    private volatile boolean answerAtOnce;
    private GraphQLAdmission admission;

    @BeforeEach
    void startVertx() {
        vertx = Vertx.vertx();
    }

    @AfterEach
    void stopVertx() throws Exception {
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    private URI serve(int maxRunning, int maxWaiting, Duration maxWait) throws Exception {
        admission = new GraphQLAdmission("/graphql", Optional.of(maxRunning), maxWaiting, maxWait);
        Router router = Router.router(vertx);
        router.route().handler(admission::admit);
        router.route().handler(context -> {
            mostRunning.accumulateAndGet(runningNow.incrementAndGet(), Math::max);
            context.addEndHandler(ignored -> runningNow.decrementAndGet());
            if (answerAtOnce) {
                vertx.setTimer(2, id -> context.response().end(context.request().getHeader("X-Name")));
            } else {
                contexts.put(context, Vertx.currentContext());
                held.add(context);
            }
        });
        server = vertx.createHttpServer().requestHandler(router).listen(0).toCompletionStage().toCompletableFuture()
                .get(10, TimeUnit.SECONDS);
        return URI.create("http://127.0.0.1:" + server.actualPort() + "/graphql");
    }

    private CompletableFuture<HttpResponse<String>> post(URI uri, String name) {
        return client.sendAsync(HttpRequest.newBuilder(uri).header("X-Name", name)
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
    }

    private RoutingContext nextHeld() throws InterruptedException {
        RoutingContext context = held.poll(10, TimeUnit.SECONDS);
        assertTrue(context != null, "a request should have reached the handler");
        return context;
    }

    private void answer(RoutingContext context) {
        contexts.get(context).runOnContext(ignored -> context.response().end(context.request().getHeader("X-Name")));
    }

    @Test
    void shouldRunAtMostTheLimitAndStartTheWaitingInTheOrderTheyCame() throws Exception {
        URI uri = serve(2, 10, Duration.ofSeconds(30));
        CompletableFuture<HttpResponse<String>> first = post(uri, "first");
        CompletableFuture<HttpResponse<String>> second = post(uri, "second");
        RoutingContext a = nextHeld();
        RoutingContext b = nextHeld();
        CompletableFuture<HttpResponse<String>> third = post(uri, "third");
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> admission.waiting() == 1);
        CompletableFuture<HttpResponse<String>> fourth = post(uri, "fourth");
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> admission.waiting() == 2);
        assertTrue(held.isEmpty(), "the third and fourth requests must wait while two run");
        assertEquals(2, admission.running());

        answer(a);
        RoutingContext c = nextHeld();
        assertEquals("third", c.request().getHeader("X-Name"), "the oldest waiting request starts first");
        assertTrue(held.isEmpty());
        answer(b);
        RoutingContext d = nextHeld();
        assertEquals("fourth", d.request().getHeader("X-Name"));
        answer(c);
        answer(d);
        for (CompletableFuture<HttpResponse<String>> response : List.of(first, second, third, fourth)) {
            assertEquals(200, response.get(10, TimeUnit.SECONDS).statusCode());
        }
        assertEquals(2, mostRunning.get());
    }

    @Test
    void shouldAnswerServiceBusyWhenTheWaitIsTooLongOrTheLineIsFull() throws Exception {
        URI uri = serve(1, 1, Duration.ofMillis(300));
        CompletableFuture<HttpResponse<String>> running = post(uri, "running");
        RoutingContext holder = nextHeld();
        CompletableFuture<HttpResponse<String>> waitsTooLong = post(uri, "waits");
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> admission.waiting() == 1);
        HttpResponse<String> lineFull = post(uri, "line full").get(10, TimeUnit.SECONDS);
        assertEquals(503, lineFull.statusCode());
        assertTrue(lineFull.body().contains("\"code\":\"SERVICE_BUSY\""), lineFull.body());
        assertEquals("5", lineFull.headers().firstValue("Retry-After").orElse(null));

        HttpResponse<String> timedOut = waitsTooLong.get(10, TimeUnit.SECONDS);
        assertEquals(503, timedOut.statusCode());
        assertTrue(timedOut.body().contains("\"code\":\"SERVICE_BUSY\""), timedOut.body());

        answer(holder);
        assertEquals(200, running.get(10, TimeUnit.SECONDS).statusCode());
        // the refused requests gave nothing back twice: one request still runs at a time, and runs at once
        CompletableFuture<HttpResponse<String>> after = post(uri, "after");
        RoutingContext next = nextHeld();
        answer(next);
        assertEquals(200, after.get(10, TimeUnit.SECONDS).statusCode());
    }

    @Test
    void shouldNeverRunMoreThanTheLimitUnderManyConcurrentRequests() throws Exception {
        answerAtOnce = true;
        URI uri = serve(3, 1000, Duration.ofSeconds(30));
        List<CompletableFuture<HttpResponse<String>>> responses = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            responses.add(post(uri, "r" + i));
        }
        for (int i = 0; i < responses.size(); i++) {
            HttpResponse<String> response = responses.get(i).get(30, TimeUnit.SECONDS);
            assertEquals(200, response.statusCode());
            assertEquals("r" + i, response.body());
        }
        assertEquals(3, mostRunning.get(), "three at a time, and never more");
        assertEquals(0, runningNow.get());
    }
}

package org.tonghu.graphql;

import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.hamcrest.Matchers.nullValue;
import static org.tonghu.testing.GraphQLClient.document;
import static org.tonghu.testing.GraphQLClient.post;
import static org.tonghu.testing.GraphQLClient.run;

import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import jakarta.inject.Inject;

import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.tonghu.testing.LocalModeTestResource;
import org.tonghu.testing.SqlStatementCounter;
import org.tonghu.testing.Tokens;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;

/**
 * A client that hangs up while its request runs leaves no error in the log, and the next request is answered; no
 * request, answered or abandoned, keeps its place in {@link GraphQLAdmission}.
 */
@QuarkusTest
@QuarkusTestResource(LocalModeTestResource.class)
class ClientDisconnectTest {

    /** The first statement of a page of children ({@code org.tonghu.child.ChildStore}). */
    private static final String CHILDREN_PAGE_STATEMENT = "select c.* from child c where";

    @ConfigProperty(name = "quarkus.http.test-port")
    int port;

    @Inject
    GraphQLAdmission admission;

    @Test
    void shouldLogNoErrorWhenAClientHangsUpMidRequest() throws Exception {
        String token = Tokens.of("county.officer");
        byte[] request = rawRequest(token, 100);
        ErrorRecords errors = new ErrorRecords();
        Logger root = Logger.getLogger("");
        root.addHandler(errors);
        try {
            for (int attempt = 0; attempt < 16; attempt++) {
                try (Socket socket = new Socket("127.0.0.1", port)) {
                    OutputStream out = socket.getOutputStream();
                    out.write(request);
                    out.flush();
                    // hang up at a different moment of the request each time (this timing is what is tested)
                    Thread.sleep(attempt * 15L);
                }
            }
            run(token, "child/childrenNested", "first", 3).body("errors", nullValue())
                    .body("data.children.edges", hasSize(3));
            // the abandoned requests finish in the background: none of them may log an error meanwhile
            Awaitility.await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10))
                    .untilAsserted(() -> assertEquals(List.of(), errors.records));
            assertEquals(0, admission.running(), "every abandoned request gave its place back");
        } finally {
            root.removeHandler(errors);
        }
    }

    /**
     * The request's Hibernate session stays open until its execution is done, also when the client hangs up in the
     * middle: the abandoned request runs every statement a finished one runs, and nothing is logged. (Quarkus used to
     * end the request context at the hang-up, closing the session under the running fetchers.)
     */
    @Test
    void shouldKeepTheSessionOfAnAbandonedRequestOpenUntilItsExecutionEnds() throws Exception {
        String token = Tokens.of("county.officer");
        SqlStatementCounter.reset();
        run(token, "child/childrenNested", "first", 20).body("errors", nullValue());
        int statementsOfAFinishedRequest = SqlStatementCounter.count();
        byte[] request = rawRequest(token, 20);
        ErrorRecords errors = new ErrorRecords();
        Logger root = Logger.getLogger("");
        root.addHandler(errors);
        SqlStatementCounter.Hold hold = SqlStatementCounter.holdNext(CHILDREN_PAGE_STATEMENT);
        SqlStatementCounter.reset();
        try {
            try (Socket socket = new Socket("127.0.0.1", port)) {
                socket.getOutputStream().write(request);
                socket.getOutputStream().flush();
                assertTrue(hold.awaitReached(20), "the request reached its first page of children");
            }
            // the hang-up reaches the service while the statement is held (the event loop sees the connection
            // close at once; nothing the test can observe marks it, so it is given half a second)
            Thread.sleep(500);
            hold.release();
            Awaitility.await().atMost(Duration.ofSeconds(10))
                    .until(() -> SqlStatementCounter.count() >= statementsOfAFinishedRequest);
            Awaitility.await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5))
                    .untilAsserted(() -> assertEquals(List.of(), errors.records));
        } finally {
            hold.release();
            root.removeHandler(errors);
        }
        run(token, "child/childrenNested", "first", 3).body("data.children.edges", hasSize(3));
    }

    private byte[] rawRequest(String token, int first) {
        byte[] body = new JsonObject(Map.of("query", document("child/childrenNested"),
                "variables", Map.of("first", first))).encode().getBytes(StandardCharsets.UTF_8);
        byte[] head = ("POST /graphql HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nAuthorization: Bearer " + token
                + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        byte[] request = new byte[head.length + body.length];
        System.arraycopy(head, 0, request, 0, head.length);
        System.arraycopy(body, 0, request, head.length, body.length);
        return request;
    }

    @Test
    void shouldGiveEveryPlaceBackAfterAnsweredAndRefusedRequests() throws Exception {
        String token = Tokens.of("county.officer");
        ExecutorService clients = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> requests = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                int n = i;
                requests.add(clients.submit(() -> n % 4 == 3
                        ? post(token, "{ children(first: 1) { edges { node { nope } } } }").statusCode(400)
                        : run(token, "child/childrenNested", "first", 2)
                                .body("data.children.edges", hasSize(2))));
            }
            for (Future<?> request : requests) {
                request.get(60, TimeUnit.SECONDS);
            }
        } finally {
            clients.shutdown();
        }
        Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> admission.running() == 0);
    }

    /** Collects the log records at ERROR or above, with their logger and message. */
    private static final class ErrorRecords extends Handler {
        final List<String> records = new CopyOnWriteArrayList<>();

        @Override
        public void publish(LogRecord record) {
            if (record.getLevel().intValue() >= Level.SEVERE.intValue()) {
                records.add(record.getLoggerName() + ": " + record.getMessage());
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }

        @Override
        public String toString() {
            return records.toString();
        }
    }
}

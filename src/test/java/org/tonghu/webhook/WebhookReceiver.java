package org.tonghu.webhook;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

import org.awaitility.Awaitility;

import com.sun.net.httpserver.HttpServer;

/**
 * A webhook receiver for the tests: a JDK HttpServer on loopback that answers the statuses it is given in turn (then
 * the last one for ever) and keeps every request it got, headers and body.
 */
final class WebhookReceiver implements AutoCloseable {

    /** One request as received. */
    record Received(long receivedAtNanos, String eventId, String eventKind, String deliveryId, String timestamp,
            String signature, String contentType, String body, int answered) {
    }

    private final HttpServer server;
    private final Deque<Integer> statuses = new ConcurrentLinkedDeque<>();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private volatile int lastStatus;

    private WebhookReceiver(HttpServer server, List<Integer> answers) {
        this.server = server;
        this.statuses.addAll(answers);
        this.lastStatus = answers.get(answers.size() - 1);
    }

    /** A receiver answering these statuses in turn, the last one for ever after. */
    static WebhookReceiver answering(Integer... answers) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        WebhookReceiver receiver = new WebhookReceiver(server, List.of(answers));
        server.createContext("/hooks", exchange -> {
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            Integer next = receiver.statuses.poll();
            int status = next == null ? receiver.lastStatus : next;
            var headers = exchange.getRequestHeaders();
            receiver.received.add(new Received(System.nanoTime(), headers.getFirst("X-Tonghu-Event-Id"),
                    headers.getFirst("X-Tonghu-Event-Kind"), headers.getFirst("X-Tonghu-Delivery-Id"),
                    headers.getFirst("X-Tonghu-Timestamp"), headers.getFirst("X-Tonghu-Signature"),
                    headers.getFirst("Content-Type"), new String(body, StandardCharsets.UTF_8), status));
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
        return receiver;
    }

    /** From now on, answer this status to every request. */
    void answerFromNow(int status) {
        statuses.clear();
        lastStatus = status;
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks";
    }

    List<Received> received() {
        return new ArrayList<>(received);
    }

    /** Waits until the requests received satisfy the condition; fails after the timeout. */
    List<Received> await(Predicate<List<Received>> condition, Duration timeout) {
        return Awaitility.await("what the receiver was to get").atMost(timeout).pollInterval(Duration.ofMillis(50))
                .until(this::received, condition::test);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

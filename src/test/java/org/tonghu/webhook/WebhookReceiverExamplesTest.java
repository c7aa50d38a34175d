package org.tonghu.webhook;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tonghu.testing.Database;
import org.tonghu.testing.LocalModeTestResource;
import org.tonghu.testing.Programs;
import org.tonghu.testing.Tokens;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The developer guide's webhook receivers ({@code docs/api/examples/webhook_receiver.py} and
 * {@code webhook-receiver.mjs}) verify real deliveries: the demo app subscribes the receiver, an event for its
 * organization is queued and sent, and the receiver prints it verified; a request with a wrong signature gets 401.
 */
@QuarkusTest
@QuarkusTestResource(LocalModeTestResource.class)
class WebhookReceiverExamplesTest {

    private static final Path EXAMPLES = Path.of("docs/api/examples");

    @Inject
    WebhookOutbox outbox;

    @Inject
    WebhookDispatcher dispatcher;

    @AfterEach
    void deleteSubscriptions() throws Exception {
        Database.execute("update webhook_subscription set status = 'DELETED', deleted_at = now()"
                + " where status <> 'DELETED'");
    }

    @ParameterizedTest
    @CsvSource({ "python3, webhook_receiver.py", "node, webhook-receiver.mjs" })
    void shouldVerifyARealDeliveryAndRefuseAForgedOne(String program, String script) throws Exception {
        Programs.require(program, "apt-get install python3 nodejs");
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        String url = "http://127.0.0.1:" + port + "/tonghu";
        WebhookTest.Subscribed subscription = WebhookTest.subscribe(Tokens.partnerApp(), url, "REFERRAL_RECEIVED");
        Path output = Files.createTempFile("tonghu-receiver-", ".log");
        Process receiver = new ProcessBuilder(program, script, String.valueOf(port), subscription.secret())
                .directory(EXAMPLES.toFile()).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        try {
            awaitListening(port);
            UUID referral = UUID.randomUUID();
            QuarkusTransaction.requiringNew().run(() -> outbox.referralReceived(referral,
                    UUID.fromString(WebhookTest.NGO)));
            Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> {
                dispatcher.run();
                return Files.readString(output).contains(referral.toString());
            });
            String printed = Files.readString(output);
            assertThat(printed, containsString("verified REFERRAL_RECEIVED"));
            assertThat(printed, containsString(referral.toString()));
            List<?> delivered = WebhookTest.deliveries(Tokens.partnerApp(), subscription.id());
            assertEquals(1, delivered.size());
            HttpResponse<String> forged = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                    .header("X-Tonghu-Timestamp", String.valueOf(System.currentTimeMillis() / 1000))
                    .header("X-Tonghu-Signature", "sha256=" + "0".repeat(64))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"id\":\"x\",\"kind\":\"REFERRAL_RECEIVED\","
                            + "\"data\":{}}", StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(401, forged.statusCode(), "a forged signature is refused");
        } finally {
            receiver.destroyForcibly().waitFor();
            Files.deleteIfExists(output);
        }
    }

    private static void awaitListening(int port) {
        Awaitility.await("the receiver listens on " + port).atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(100)).ignoreExceptions().until(() -> {
                    try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
                        return true;
                    }
                });
    }
}

package org.tonghu.graphql;

import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.hamcrest.Matchers.nullValue;
import static org.tonghu.testing.GraphQLClient.document;
import static org.tonghu.testing.GraphQLClient.run;

import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.tonghu.testing.LocalModeTestResource;
import org.tonghu.testing.Tokens;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;

/** A client that hangs up while its request runs leaves no error in the log, and the next request is answered. */
@QuarkusTest
@QuarkusTestResource(LocalModeTestResource.class)
class ClientDisconnectTest {

    @ConfigProperty(name = "quarkus.http.test-port")
    int port;

    @Test
    void shouldLogNoErrorWhenAClientHangsUpMidRequest() throws Exception {
        String token = Tokens.of("county.officer");
        byte[] body = new JsonObject(Map.of("query", document("child/childrenNested"),
                "variables", Map.of("first", 100)))
                .encode().getBytes(StandardCharsets.UTF_8);
        byte[] head = ("POST /graphql HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nAuthorization: Bearer " + token
                + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        ErrorRecords errors = new ErrorRecords();
        Logger root = Logger.getLogger("");
        root.addHandler(errors);
        try {
            for (int attempt = 0; attempt < 16; attempt++) {
                try (Socket socket = new Socket("127.0.0.1", port)) {
                    OutputStream out = socket.getOutputStream();
                    out.write(head);
                    out.write(body);
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
        } finally {
            root.removeHandler(errors);
        }
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

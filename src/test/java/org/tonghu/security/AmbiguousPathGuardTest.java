package org.tonghu.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tonghu.testing.LocalModeTestResource;
import org.tonghu.testing.Tokens;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A path that could be read two ways (matrix parameters, encoded separators or dots, dot segments) is refused before
 * any path rule or authentication; plain paths are untouched.
 */
@QuarkusTest
@QuarkusTestResource(LocalModeTestResource.class)
class AmbiguousPathGuardTest {

    @ParameterizedTest
    @ValueSource(strings = { "/graphql;x", "/graphql%3B", "/graphql%3b", "/graphql%2F", "/graphql/%2e%2e/portal",
            "//graphql", "/portal;jsessionid=1", "/portal%2Fchildren", "/graphql/./schema.graphql",
            "/x/../graphql/schema.graphql", "/graphql%252F", "/portal\\children" })
    void shouldRefuseAPathThatCouldBeReadTwoWays(String path) throws IOException {
        assertTrue(AmbiguousPathGuard.isAmbiguous(path), path);
        assertEquals(400, statusOfRawRequest(path), path);
    }

    @Test
    void shouldLeavePlainPathsAndQueryStringsAlone() {
        for (String path : new String[] { "/graphql", "/portal/children?q=a;b%2Fc", "/static/portal.css",
                "/portal/children/00000000-0000-4000-8000-000000001001/file.xlsx", "/" }) {
            assertFalse(AmbiguousPathGuard.isAmbiguous(path), path);
        }
        given().auth().oauth2(Tokens.of("county.officer")).contentType("application/json")
                .body("{\"query\":\"{ me { username } }\"}").post("/graphql").then().statusCode(200);
    }

    /** Sends the path byte for byte, as a client library would not (it would normalise it first). */
    static int statusOfRawRequest(String path) throws IOException {
        int port = ConfigProvider.getConfig().getOptionalValue("quarkus.http.test-port", Integer.class).orElse(8081);
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            String statusLine = new String(in.readNBytes(12), StandardCharsets.ISO_8859_1);
            return Integer.parseInt(statusLine.substring(9, 12));
        }
    }
}

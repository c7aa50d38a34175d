package org.tonghu.security;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tonghu.local.EmbeddedPostgresServer;
import org.tonghu.local.LocalMode;
import org.tonghu.testing.PortalBrowser;
import org.tonghu.testing.ServiceProcess;

/**
 * Two packaged instances over one database and one issuer, as behind a load balancer: a portal session signed in on
 * one works on the other, signing out on one ends it on both (a copy of the cookie opens nothing on either), and a
 * session survives a restart of the instance (the fixed secret from the environment, the sessions in the database).
 */
class PortalSessionsAcrossInstancesIT {

    private static final String FILE = "/portal/children/00000000-0000-4000-8000-000000001001";
    private static final String CHILD_NAME = "王小明";

    @TempDir
    Path dataDirectory;

    @Test
    void shouldShareSessionsBetweenInstancesAndEndThemOnEveryInstance() throws Exception {
        dataDirectory.toFile().setExecutable(true, false);
        try (LocalMode shared = LocalMode.start(dataDirectory, 0, EmbeddedPostgresServer.RunAs.AUTO, true)) {
            Map<String, String> environment = ServiceProcess.environmentSharing(shared);
            Map<String, String> withDemoData = Map.of("tonghu.demo-data.enabled", "true");

            try (ServiceProcess first = ServiceProcess.start("sessions-first", environment, withDemoData)) {
                first.awaitReady(Duration.ofSeconds(180));
                try (ServiceProcess second = ServiceProcess.start("sessions-second", environment, Map.of())) {
                    second.awaitReady(Duration.ofSeconds(180));

                    PortalBrowser director = new PortalBrowser(first.baseUrl());
                    assertThat(director.signIn("village.director", FILE).body(), containsString(CHILD_NAME));
                    HttpCookie copied = director.cookieNamed("q_session").orElseThrow();
                    HttpResponse<String> onSecond = director.get(second.baseUrl() + FILE);
                    assertEquals(200, onSecond.statusCode());
                    assertThat("signed in on the first, the second knows the session", onSecond.body(),
                            containsString(CHILD_NAME));

                    HttpResponse<String> signedOut = director.get(second.baseUrl() + "/portal/logout");
                    assertEquals(200, signedOut.statusCode());
                    assertEquals(URI.create(second.baseUrl() + "/"), signedOut.uri(), "lands on the start page");
                    assertRefused(replay(first, copied));
                    assertRefused(replay(second, copied));
                    second.stop();
                }

                PortalBrowser again = new PortalBrowser(first.baseUrl());
                assertThat(again.signIn("village.director", FILE).body(), containsString(CHILD_NAME));
                HttpCookie beforeRestart = again.cookieNamed("q_session").orElseThrow();
                first.stop();
                try (ServiceProcess restarted = ServiceProcess.start("sessions-restarted", environment, Map.of())) {
                    restarted.awaitReady(Duration.ofSeconds(180));
                    HttpResponse<String> afterRestart = replay(restarted, beforeRestart);
                    assertEquals(200, afterRestart.statusCode(), "the session survives a restart");
                    assertThat(afterRestart.body(), containsString(CHILD_NAME));
                    restarted.stop();
                }
            }
        }
    }

    /** The cookie sent as a copy from elsewhere; redirects not followed. */
    private static HttpResponse<String> replay(ServiceProcess service, HttpCookie cookie)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(service.baseUrl() + FILE))
                .header("Cookie", cookie.getName() + "=" + cookie.getValue()).GET().build();
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()
                .send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static void assertRefused(HttpResponse<String> response) {
        assertEquals(302, response.statusCode(), "a new sign-in, not the page");
        assertThat(URI.create(response.headers().firstValue("Location").orElse("")).getPath(), endsWith("/authorize"));
        assertThat(response.body(), not(containsString(CHILD_NAME)));
    }
}

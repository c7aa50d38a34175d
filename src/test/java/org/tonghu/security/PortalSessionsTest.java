package org.tonghu.security;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.tonghu.testing.Database;
import org.tonghu.testing.Fixtures;
import org.tonghu.testing.LocalModeTestResource;
import org.tonghu.testing.PortalBrowser;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Portal sessions end on the server: a session cookie copied before signing out, or kept past the idle timeout or the
 * maximum age, or whose session another instance ended in the shared table, opens nothing afterwards.
 */
@QuarkusTest
@QuarkusTestResource(LocalModeTestResource.class)
class PortalSessionsTest {

    private static final String FILE = "/portal/children/" + Fixtures.CHILD_QINSHUI_EAST_1;
    private static final String CHILD_NAME = "王小明";

    @Test
    void shouldRefuseACopiedSessionCookieAfterSigningOut() throws Exception {
        PortalBrowser director = new PortalBrowser();
        assertThat(director.signIn("village.director", FILE).body(), containsString(CHILD_NAME));
        HttpCookie copied = director.cookieNamed("q_session").orElseThrow();
        assertEquals(200, replay(copied, FILE).statusCode(), "the copied cookie works while signed in");

        HttpResponse<String> signedOut = director.get(PortalBrowser.baseUrl() + "/portal/logout");
        assertEquals(200, signedOut.statusCode());
        assertEquals("/", signedOut.uri().getPath(), "signing out lands on the start page");

        assertRefused(replay(copied, FILE));
        assertEquals("SIGN_OUT", endReason(copied));
    }

    @Test
    void shouldEndASessionLeftIdleOnTheServer() throws Exception {
        HttpCookie session = signedInSession();
        moveBack(session, "last_seen_at", "31 minutes");
        assertRefused(replay(session, FILE));
        assertEquals("IDLE", endReason(session));
    }

    @Test
    void shouldKeepASessionInUseAndNoteWhenItWasLastSeen() throws Exception {
        HttpCookie session = signedInSession();
        moveBack(session, "last_seen_at", "29 minutes");
        assertEquals(200, replay(session, FILE).statusCode());
        assertTrue(secondsSinceLastSeen(session) < 60, "the request counts as activity");
        moveBack(session, "last_seen_at", "29 minutes");
        assertEquals(200, replay(session, FILE).statusCode(), "29 more idle minutes are still within the timeout");
    }

    @Test
    void shouldEndASessionPastItsMaximumAgeHoweverBusy() throws Exception {
        HttpCookie session = signedInSession();
        moveBack(session, "expires_at", "1 second");
        assertRefused(replay(session, FILE));
        assertEquals("EXPIRED", endReason(session));
    }

    @Test
    void shouldRefuseASessionThatAnotherInstanceEnded() throws Exception {
        HttpCookie session = signedInSession();
        // Another instance signing the user out writes exactly this to the shared table; nothing here caches it.
        try (Connection connection = Database.asService(); PreparedStatement end = connection.prepareStatement(
                "update portal_session set ended_at = now(), end_reason = 'SIGN_OUT' where id_hash = ?")) {
            end.setBytes(1, idHash(session));
            assertEquals(1, end.executeUpdate());
        }
        assertRefused(replay(session, FILE));
    }

    @Test
    void shouldKeepOnlyARandomIdInTheCookieAndNoReadableTokenInTheTable() throws Exception {
        HttpCookie session = signedInSession();
        assertThat(session.getValue(), matchesPattern("[A-Za-z0-9_-]{43}"));
        try (Connection connection = Database.asService(); PreparedStatement select = connection.prepareStatement(
                "select id_token, access_token from portal_session where id_hash = ?")) {
            select.setBytes(1, idHash(session));
            try (ResultSet row = select.executeQuery()) {
                assertTrue(row.next());
                // A signed token (JWS) has 3 parts and can be read by anyone; an encrypted one (JWE) has 5.
                assertEquals(5, row.getString("id_token").split("\\.").length, "the ID token is encrypted");
                assertEquals(5, row.getString("access_token").split("\\.").length, "the access token is encrypted");
            }
        }
    }

    private static HttpCookie signedInSession() {
        PortalBrowser director = new PortalBrowser();
        assertThat(director.signIn("village.director", FILE).body(), containsString(CHILD_NAME));
        return director.cookieNamed("q_session").orElseThrow();
    }

    /** The cookie sent again from elsewhere, as an attacker holding a copy would; redirects not followed. */
    private static HttpResponse<String> replay(HttpCookie cookie, String path)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(PortalBrowser.baseUrl() + path))
                .header("Cookie", cookie.getName() + "=" + cookie.getValue()).GET().build();
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()
                .send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Refused: sent to sign in again, nothing of the file shown. */
    private static void assertRefused(HttpResponse<String> response) {
        assertEquals(302, response.statusCode(), "a new sign-in, not the page");
        assertThat(URI.create(response.headers().firstValue("Location").orElse("")).getPath(), endsWith("/authorize"));
        assertThat(response.body(), not(containsString(CHILD_NAME)));
    }

    private static void moveBack(HttpCookie session, String column, String interval) throws SQLException {
        try (Connection connection = Database.asService(); PreparedStatement update = connection.prepareStatement(
                "update portal_session set " + column + " = now() - ?::interval where id_hash = ?")) {
            update.setString(1, interval);
            update.setBytes(2, idHash(session));
            assertEquals(1, update.executeUpdate());
        }
    }

    private static String endReason(HttpCookie session) throws SQLException {
        return column(session, "end_reason");
    }

    private static long secondsSinceLastSeen(HttpCookie session) throws SQLException {
        return Long.parseLong(column(session, "extract(epoch from now() - last_seen_at)::bigint"));
    }

    private static String column(HttpCookie session, String expression) throws SQLException {
        try (Connection connection = Database.asService(); PreparedStatement select = connection.prepareStatement(
                "select " + expression + " from portal_session where id_hash = ?")) {
            select.setBytes(1, idHash(session));
            try (ResultSet row = select.executeQuery()) {
                assertTrue(row.next(), "the session's row");
                return row.getString(1);
            }
        }
    }

    private static byte[] idHash(HttpCookie session) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(session.getValue().getBytes(StandardCharsets.US_ASCII));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

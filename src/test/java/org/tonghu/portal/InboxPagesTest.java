package org.tonghu.portal;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.tonghu.testing.Database;
import org.tonghu.testing.LocalModeTestResource;
import org.tonghu.testing.PortalBrowser;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The inbox and the header's unread count, over HTTP: a report filed alerts the education bureau; its staff see the
 * count on every page, open the alert's report from the inbox, and mark it read, one or a page at once; the landing
 * page, seen without signing in, has no count.
 */
@QuarkusTest
@QuarkusTestResource(LocalModeTestResource.class)
class InboxPagesTest {

    static final String INBOX = "/portal/notifications";

    @Test
    void shouldCountUnreadAlertsInTheHeaderAndMarkThemRead() {
        PortalBrowser director = new PortalBrowser();
        director.signIn("village.director", "/portal");
        String first = ReportPagesTest.idOf(director.submit(ReportPagesTest.NEW, ReportPagesTest.NEW,
                ReportPagesTest.unregistered("三妞", "5", "孩子饿得哭，家中无人")));
        String second = ReportPagesTest.idOf(director.submit(ReportPagesTest.NEW, ReportPagesTest.NEW,
                ReportPagesTest.unregistered("四娃", "6", "孩子在路边乞讨")));

        PortalBrowser education = new PortalBrowser();
        HttpResponse<String> home = education.signIn("education.qinshui", "/portal");
        int unread = unread(home.body());
        assertTrue(unread >= 2, "two reports to acknowledge at least: " + unread);
        assertEquals(unread, unread(education.get(PortalBrowser.baseUrl() + "/portal/reports").body()),
                "the same count on every page");

        HttpResponse<String> inbox = education.get(PortalBrowser.baseUrl() + INBOX);
        assertEquals(200, inbox.statusCode());
        String body = inbox.body();
        assertTrue(body.indexOf("href=\"/portal/reports/" + second + "\"") < body.indexOf("href=\"/portal/reports/"
                + first + "\""), "newest first");
        assertThat(body, containsString("有强制报告待签收"));
        String notification = notificationAbout(body, second);
        assertThat(body, containsString("data-notification-id=\"" + notification + "\" data-read=\"false\""));

        HttpResponse<String> marked = education.submit(INBOX, INBOX + "/" + notification + "/read", Map.of());
        assertEquals(200, marked.statusCode());
        assertThat(marked.body(), containsString("data-notification-id=\"" + notification + "\" data-read=\"true\""));
        assertEquals(unread - 1, unread(marked.body()));

        // the whole page: every unread alert the page shows
        List<String> unreadOnPage = unreadIds(marked.body());
        HttpResponse<String> all = education.submit(INBOX, INBOX + "/read", Map.of());
        assertEquals(200, all.statusCode(), "a page with no ids marks nothing and fails nothing");
        assertEquals(unread - 1, unread(all.body()));
        HttpResponse<String> page = education.submitAll(INBOX, INBOX + "/read", "id", unreadOnPage);
        assertEquals(200, page.statusCode());
        assertEquals(unread - 1 - unreadOnPage.size(), unread(page.body()));
        assertEquals(List.of(), unreadIds(page.body()));
        assertThat(page.body(), not(containsString("id=\"mark-page-read\"><input")));

        // in English: the kinds of alert and the header's link
        HttpResponse<String> english = education.get(PortalBrowser.baseUrl()
                + "/portal/language?lang=en&back=/portal/notifications");
        assertThat(english.body(), containsString("A mandatory report to acknowledge"));
        assertThat(english.body(), containsString(">Alerts"));

        // an alert of someone else's inbox: not found, nothing marked
        PortalBrowser federation = new PortalBrowser();
        federation.signIn("womens.federation", INBOX);
        assertEquals(404, federation.submit(ReportPagesTest.NEW, INBOX + "/" + notification + "/read", Map.of())
                .statusCode());
    }

    /** A type of record the portal has no page for (another feature's, added later) shows, without a link. */
    @Test
    void shouldShowAnAlertAboutARecordWithoutAPage() throws Exception {
        String id = java.util.UUID.randomUUID().toString();
        try (var connection = Database.asService(); var insert = connection.prepareStatement(
                "insert into notification (id, kind, subject_type, subject_id, occasion, to_organization_id)"
                        + " values (?::uuid, 'DEADLINE_NEAR', 'SOMETHING_NEW', ?::uuid, 'test', ?::uuid)")) {
            insert.setString(1, id);
            insert.setString(2, java.util.UUID.randomUUID().toString());
            insert.setString(3, "00000000-0000-4000-8000-000000000102");
            insert.executeUpdate();
        }
        PortalBrowser federation = new PortalBrowser();
        String inbox = federation.signIn("womens.federation", INBOX).body();
        Matcher item = Pattern.compile("data-notification-id=\"" + id + "\"[^>]*>\\s*<div class=\"card-head\"><strong>"
                + "期限将到</strong>").matcher(inbox);
        assertTrue(item.find(), "the alert, its kind, and no link");
        assertThat(inbox, containsString("记录 · "));
    }

    @Test
    void shouldShowNoCountWithoutASignIn() {
        HttpResponse<String> landing = new PortalBrowser().get(PortalBrowser.baseUrl() + "/");
        assertEquals(200, landing.statusCode());
        assertThat(landing.body(), not(containsString("header-alerts")));
    }

    /** The header's unread count; 0 when it shows none. */
    static int unread(String page) {
        assertThat(page, containsString("id=\"header-alerts\""));
        Matcher count = Pattern.compile("data-unread=\"(\\d+)\"").matcher(page);
        return count.find() ? Integer.parseInt(count.group(1)) : 0;
    }

    private static String notificationAbout(String inbox, String reportId) {
        Matcher item = Pattern.compile("data-notification-id=\"([^\"]+)\"[^>]*>\\s*<div class=\"card-head\"><strong>"
                + "<a href=\"/portal/reports/" + reportId + "\"").matcher(inbox);
        assertTrue(item.find(), "an alert about the report");
        return item.group(1);
    }

    private static List<String> unreadIds(String inbox) {
        Matcher item = Pattern.compile("data-notification-id=\"([^\"]+)\" data-read=\"false\"").matcher(inbox);
        List<String> ids = new ArrayList<>();
        while (item.find()) {
            ids.add(item.group(1));
        }
        return ids;
    }
}

package org.tonghu.portal;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.tonghu.testing.Database;
import org.tonghu.testing.Fixtures;
import org.tonghu.testing.LocalModeTestResource;
import org.tonghu.testing.PortalBrowser;
import org.tonghu.testing.TestChildren;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Mandatory reports in the portal, end to end over HTTP: a director files one for a child not registered (the
 * form's errors save nothing) and for the child of a file; a partner sees only its own reports; the police
 * acknowledge, record a step and close with the outcome the reporter then sees; the county links a report about a
 * child not registered to the child's file; the city sees what was escalated.
 */
@QuarkusTest
@QuarkusTestResource(LocalModeTestResource.class)
class ReportPagesTest {

    static final String NEW = "/portal/reports/new";
    /** Demo reports: open (the director's), closed (the Women's Federation's), escalated (the director's). */
    static final String OPEN_REPORT = "00000000-0000-4000-8000-00000000b001";
    static final String CLOSED_REPORT = "00000000-0000-4000-8000-00000000b003";
    static final String ESCALATED_REPORT = "00000000-0000-4000-8000-00000000b004";
    static final String POLICE = "00000000-0000-4000-8000-000000000108";

    @Test
    void shouldFileAReportForAChildNotRegisteredFromTheHomePageAndShowItsStatus() throws Exception {
        PortalBrowser director = new PortalBrowser();
        HttpResponse<String> home = director.signIn("village.director", "/portal");
        assertThat(home.body(), containsString("id=\"report-button\" href=\"/portal/reports/new\""));
        HttpResponse<String> form = director.get(PortalBrowser.baseUrl() + NEW);
        assertEquals(200, form.statusCode());
        assertThat(form.body(), containsString("value=\"140521901201\" selected"));
        long reports = Database.count("protection_report");
        long receipts = Database.count("protection_report_receipt");

        // no name, an age no child has, nothing observed: each field says so, nothing is written
        Map<String, String> bad = unregistered("", "30", "");
        HttpResponse<String> refused = director.submit(NEW, NEW, bad);
        assertEquals(422, refused.statusCode());
        assertThat(refused.body(), containsString("id=\"childName-error\""));
        assertThat(refused.body(), containsString("id=\"approximateAge-error\""));
        assertThat(refused.body(), containsString("id=\"observed-error\""));
        assertThat(refused.body(), containsString("value=\"NEGLECT\" selected"));
        assertEquals(reports, Database.count("protection_report"));
        assertEquals(receipts, Database.count("protection_report_receipt"));

        HttpResponse<String> filed = director.submit(NEW, NEW, unregistered("小花", "7", "孩子独自在河边玩耍，衣着单薄"));
        assertEquals(200, filed.statusCode());
        assertThat(filed.uri().toString(), containsString("filed=1"));
        assertThat(filed.body(), containsString("id=\"report-filed\""));
        assertThat(filed.body(), containsString("data-status=\"OPEN\""));
        assertThat(filed.body(), containsString("沁水县公安局"));
        assertThat(filed.body(), containsString("小花"));
        assertThat(filed.body(), not(containsString("id=\"step-form\"")));
        assertEquals(reports + 1, Database.count("protection_report"));
        assertEquals(receipts + 3, Database.count("protection_report_receipt"));

        String reportId = idOf(filed);
        HttpResponse<String> mine = director.get(PortalBrowser.baseUrl() + "/portal/reports");
        assertThat(mine.body(), containsString("data-report-id=\"" + reportId + "\""));
        assertThat(mine.body(), containsString("data-report-id=\"" + OPEN_REPORT + "\""));
    }

    @Test
    void shouldFileAReportForTheChildOfAFile() throws Exception {
        PortalBrowser director = new PortalBrowser();
        HttpResponse<String> file = director.signIn("village.director", "/portal/children/"
                + Fixtures.CHILD_QINSHUI_EAST_1);
        String link = NEW + "?child=" + Fixtures.CHILD_QINSHUI_EAST_1;
        assertThat(file.body(), containsString("href=\"" + link + "\""));
        HttpResponse<String> form = director.get(PortalBrowser.baseUrl() + link);
        assertThat(form.body(), containsString("name=\"childId\" value=\"" + Fixtures.CHILD_QINSHUI_EAST_1 + "\""));
        assertThat(form.body(), not(containsString("id=\"childName\"")));

        Map<String, String> fields = new LinkedHashMap<>(common("PHYSICAL_ABUSE", "手臂有新的淤青，孩子说是被打的"));
        fields.put("childId", Fixtures.CHILD_QINSHUI_EAST_1);
        fields.put("immediateDanger", "true");
        HttpResponse<String> filed = director.submit(link, NEW, fields);
        assertEquals(200, filed.statusCode());
        assertThat(filed.body(), containsString("href=\"/portal/children/" + Fixtures.CHILD_QINSHUI_EAST_1 + "\""));
        assertEquals(Fixtures.CHILD_QINSHUI_EAST_1, childOf(idOf(filed)));

        // a child out of the director's reach is "not found", and nothing is written
        long reports = Database.count("protection_report");
        String elsewhere = TestChildren.register().id();
        assertEquals(404, director.get(PortalBrowser.baseUrl() + NEW + "?child=" + elsewhere).statusCode());
        fields.put("childId", elsewhere);
        assertEquals(404, director.submit(NEW, NEW, fields).statusCode());
        assertEquals(reports, Database.count("protection_report"));
    }

    @Test
    void shouldShowAPartnerOnlyItsOwnReportsAndOnlyTheirStatusAndOutcomes() {
        PortalBrowser federation = new PortalBrowser();
        HttpResponse<String> mine = federation.signIn("womens.federation", "/portal/reports");
        assertThat(mine.body(), containsString("data-report-id=\"" + CLOSED_REPORT + "\""));
        assertThat(mine.body(), not(containsString("data-report-id=\"" + OPEN_REPORT + "\"")));
        assertThat(mine.body(), containsString("已安排危房改造，儿童暂由姑母照料"));

        HttpResponse<String> own = federation.get(PortalBrowser.baseUrl() + "/portal/reports/" + CLOSED_REPORT);
        assertEquals(200, own.statusCode());
        assertThat(own.body(), containsString("data-status=\"CLOSED\""));
        assertThat(own.body(), containsString("学校已安排住校"));
        assertThat(own.body(), not(containsString("入户核查房屋状况")));
        assertThat(own.body(), not(containsString("id=\"step-form\"")));
        assertThat(own.body(), not(containsString("acknowledge-form")));
        assertThat(federation.get(PortalBrowser.baseUrl() + "/portal/language?lang=en&back=/portal/reports/"
                + CLOSED_REPORT).body(), containsString("Dangerous environment"));
        assertEquals(404, federation.get(PortalBrowser.baseUrl() + "/portal/reports/" + OPEN_REPORT).statusCode());
    }

    @Test
    void shouldLetThePoliceAcknowledgeRecordAStepAndCloseAndTellTheReporter() throws Exception {
        PortalBrowser director = new PortalBrowser();
        director.signIn("village.director", "/portal");
        String reportId = idOf(director.submit(NEW, NEW, unregistered("二娃", "", "孩子说继父打他")));
        String reportPath = "/portal/reports/" + reportId;

        PortalBrowser police = new PortalBrowser();
        HttpResponse<String> queue = police.signIn("police.qinshui", "/portal/reports/queue");
        assertEquals(200, queue.statusCode());
        String body = queue.body();
        assertTrue(body.indexOf("data-report-id=\"" + ESCALATED_REPORT + "\"") >= 0, "the overdue report is listed");
        assertTrue(body.indexOf("data-report-id=\"" + ESCALATED_REPORT + "\"") < body.indexOf("id=\"to-handle\""),
                "overdue first");
        assertThat(body.substring(body.indexOf("id=\"to-handle\"")), containsString("data-report-id=\"" + reportId
                + "\""));

        HttpResponse<String> page = police.get(PortalBrowser.baseUrl() + reportPath);
        assertThat(page.body(), containsString("沁水演示一镇东村 儿童主任 陈静"));
        String receipt = policeReceipt(page.body());
        String version = versionOf(page.body(), receipt);
        HttpResponse<String> acknowledged = police.submit(reportPath, reportPath + "/receipts/" + receipt
                + "/acknowledge", Map.of("version", version));
        assertEquals(200, acknowledged.statusCode());
        assertThat(acknowledged.body(), containsString("data-receipt-id=\"" + receipt
                + "\" data-receipt-status=\"ACKNOWLEDGED\""));
        assertThat(acknowledged.body(), containsString("data-status=\"ACKNOWLEDGED\""));

        // the same acknowledgment again, from the page as it was: the conflict, nothing changed
        HttpResponse<String> stale = police.submit(reportPath, reportPath + "/receipts/" + receipt + "/acknowledge",
                Map.of("version", version));
        assertEquals(409, stale.statusCode());
        assertThat(stale.body(), containsString("id=\"conflict\""));

        long steps = Database.count("protection_report_step");
        HttpResponse<String> noStep = police.submit(reportPath, reportPath + "/steps", Map.of("description", " "));
        assertEquals(422, noStep.statusCode());
        assertThat(noStep.body(), containsString("id=\"description-error\""));
        assertEquals(steps, Database.count("protection_report_step"));
        HttpResponse<String> step = police.submit(reportPath, reportPath + "/steps",
                Map.of("description", "民警已入户核实，孩子暂由外婆照看"));
        assertEquals(200, step.statusCode());
        assertThat(step.body(), containsString("民警已入户核实，孩子暂由外婆照看"));

        String closeAction = reportPath + "/receipts/" + receipt + "/close";
        HttpResponse<String> noOutcome = police.submit(reportPath, closeAction,
                Map.of("version", versionOf(step.body(), receipt), "outcome", ""));
        assertEquals(422, noOutcome.statusCode());
        assertThat(noOutcome.body(), containsString("id=\"outcome-error\""));
        HttpResponse<String> closed = police.submit(reportPath, closeAction,
                Map.of("version", versionOf(step.body(), receipt), "outcome", "已对继父训诫，责令其不得再犯"));
        assertEquals(200, closed.statusCode());
        assertThat(closed.body(), containsString("data-receipt-id=\"" + receipt
                + "\" data-receipt-status=\"CLOSED\""));

        HttpResponse<String> reporterView = director.get(PortalBrowser.baseUrl() + reportPath);
        assertThat(reporterView.body(), containsString("已对继父训诫，责令其不得再犯"));
        assertThat(reporterView.body(), not(containsString("民警已入户核实")));
        assertThat(director.get(PortalBrowser.baseUrl() + "/portal/reports").body(),
                containsString("已对继父训诫，责令其不得再犯"));
        // the director receives nothing: no queue
        assertEquals(403, director.get(PortalBrowser.baseUrl() + "/portal/reports/queue").statusCode());
    }

    @Test
    void shouldLinkAReportAboutAChildNotRegisteredToTheRegisteredChild() throws Exception {
        TestChildren.TestChild child = TestChildren.register();
        PortalBrowser director = new PortalBrowser();
        director.signIn("village.director", "/portal");
        String reportId = idOf(director.submit(NEW, NEW, unregistered(child.name(), "9", "孩子常独自在家，无人做饭")));
        String reportPath = "/portal/reports/" + reportId;
        // the reporter does not link; a receiver sees the picker, and finds only the children it reaches
        assertThat(director.get(PortalBrowser.baseUrl() + reportPath).body(), not(containsString("id=\"link-child\"")));
        PortalBrowser police = new PortalBrowser();
        assertThat(police.signIn("police.qinshui", reportPath).body(), containsString("id=\"link-child\""));
        assertThat(police.get(PortalBrowser.baseUrl() + reportPath + "?childName=" + encode(child.name())).body(),
                containsString("id=\"no-candidates\""));

        PortalBrowser county = new PortalBrowser();
        HttpResponse<String> page = county.signIn("county.officer", reportPath);
        assertThat(page.body(), containsString("id=\"childName\" name=\"childName\" maxlength=\"50\" value=\""
                + child.name() + "\""));
        assertThat(page.body(), not(containsString("id=\"link-form\"")));
        HttpResponse<String> found = county.get(PortalBrowser.baseUrl() + reportPath + "?childName="
                + encode(child.name()));
        assertEquals(200, found.statusCode());
        assertThat(found.body(), containsString("name=\"childId\" value=\"" + child.id() + "\""));
        String version = linkVersionOf(found.body());
        assertThat(county.get(PortalBrowser.baseUrl() + reportPath + "?childName=" + encode("无此姓名儿童")).body(),
                containsString("id=\"no-candidates\""));

        // no choice, or an id that is none: said beside the picker, nothing linked
        String searchPath = reportPath + "?childName=" + encode(child.name());
        HttpResponse<String> unchosen = county.submit(searchPath, reportPath + "/child", Map.of("version", version));
        assertEquals(422, unchosen.statusCode());
        assertThat(unchosen.body(), containsString("id=\"childId-error\""));
        HttpResponse<String> unknown = county.submit(searchPath, reportPath + "/child",
                Map.of("version", version, "childId", "00000000-0000-4000-8000-00000000ffff"));
        assertEquals(422, unknown.statusCode());
        assertThat(unknown.body(), containsString("id=\"childId-error\""));
        assertNull(childOf(reportId));

        HttpResponse<String> linked = county.submit(searchPath, reportPath + "/child",
                Map.of("version", version, "childId", child.id()));
        assertEquals(200, linked.statusCode());
        assertThat(linked.uri().toString(), containsString("saved=1"));
        assertThat(linked.body(), containsString("href=\"/portal/children/" + child.id() + "\""));
        assertThat(linked.body(), containsString("id=\"report-linked\""));
        assertThat(linked.body(), not(containsString("id=\"link-child\"")));
        assertEquals(child.id(), childOf(reportId));
        // the receivers now reach the child's file through the report
        assertEquals(200, police.get(PortalBrowser.baseUrl() + "/portal/children/" + child.id()).statusCode());

        // the same link from the page as it was: the conflict, nothing changed
        HttpResponse<String> stale = county.submit(searchPath, reportPath + "/child",
                Map.of("version", version, "childId", child.id()));
        assertEquals(409, stale.statusCode());
        assertThat(stale.body(), containsString("id=\"conflict\""));
    }

    @Test
    void shouldShowTheCityTheReportsEscalatedToIt() {
        PortalBrowser city = new PortalBrowser();
        HttpResponse<String> queue = city.signIn("city.officer", "/portal/reports/queue");
        assertThat(queue.body(), containsString("data-report-id=\"" + ESCALATED_REPORT + "\""));
        HttpResponse<String> page = city.get(PortalBrowser.baseUrl() + "/portal/reports/" + ESCALATED_REPORT);
        assertThat(page.body(), containsString("id=\"escalation-items\""));
        assertThat(page.body(), containsString("市级民政"));
        assertThat(page.body(), containsString("id=\"step-form\""));
        assertEquals(404, new PortalBrowser().signIn("county.officer.yangcheng", "/portal/reports/" + ESCALATED_REPORT)
                .statusCode());
    }

    static Map<String, String> unregistered(String name, String age, String observed) {
        Map<String, String> fields = new LinkedHashMap<>(common("NEGLECT", observed));
        fields.put("childName", name);
        fields.put("approximateAge", age);
        fields.put("regionCode", "140521901201");
        fields.put("guardian", "");
        return fields;
    }

    static Map<String, String> common(String category, String observed) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("category", category);
        fields.put("observed", observed);
        fields.put("discoveredOn", org.tonghu.time.ChinaTime.today().toString());
        fields.put("discoveredTime", "00:00");
        fields.put("actionTaken", "");
        return fields;
    }

    static String idOf(HttpResponse<String> reportPage) {
        String path = reportPage.uri().getPath();
        assertTrue(path.startsWith("/portal/reports/"), "a report's page: " + path);
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static String policeReceipt(String page) {
        Matcher receipt = Pattern.compile("data-receipt-id=\"([^\"]+)\"[^>]*>\\s*<div class=\"card-head\"><strong>"
                + "沁水县公安局").matcher(page);
        assertTrue(receipt.find(), "the police's receipt is on the page");
        return receipt.group(1);
    }

    private static String versionOf(String page, String receipt) {
        Matcher version = Pattern.compile("/receipts/" + receipt + "/(?:acknowledge|close)\"[^>]*>\\s*<input[^>]+>"
                + "\\s*<input type=\"hidden\" name=\"version\" value=\"(\\d+)\"").matcher(page);
        assertTrue(version.find(), "the page has an answer form for the receipt");
        return version.group(1);
    }

    private static String linkVersionOf(String page) {
        Matcher version = Pattern.compile("id=\"link-form\">\\s*<input[^>]+>\\s*"
                + "<input type=\"hidden\" name=\"version\" value=\"(\\d+)\"").matcher(page);
        assertTrue(version.find(), "the page has the link form");
        return version.group(1);
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String childOf(String reportId) throws SQLException {
        try (var connection = Database.asService(); var statement = connection.prepareStatement(
                "select child_id from protection_report where id = ?::uuid")) {
            statement.setString(1, reportId);
            try (var rows = statement.executeQuery()) {
                rows.next();
                return rows.getString(1);
            }
        }
    }
}

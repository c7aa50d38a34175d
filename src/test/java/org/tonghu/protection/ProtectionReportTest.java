package org.tonghu.protection;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static io.restassured.RestAssured.given;
import static org.tonghu.testing.GraphQLClient.run;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.tonghu.idempotency.IdempotencyKeys;
import org.tonghu.testing.Database;
import org.tonghu.testing.GraphQLClient;
import org.tonghu.testing.LocalModeTestResource;
import org.tonghu.testing.MovableClock;
import org.tonghu.testing.SqlStatementCounter;
import org.tonghu.testing.TestChildren;
import org.tonghu.testing.TestChildren.TestChild;
import org.tonghu.testing.Tokens;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

/**
 * Mandatory reports: routing to the county's bodies, acknowledgment, escalation at the deadline (once, however many
 * runs), outcomes back to the reporter, who sees what, unregistered children linked later, and bad input.
 */
@QuarkusTest
@QuarkusTestResource(LocalModeTestResource.class)
class ProtectionReportTest {

    static final String QINSHUI_POLICE = "00000000-0000-4000-8000-000000000108";
    static final String QINSHUI_CIVIL_AFFAIRS = "00000000-0000-4000-8000-000000000106";
    static final String QINSHUI_EDUCATION = "00000000-0000-4000-8000-000000000109";
    static final String FIXTURE_CHILD = "00000000-0000-4000-8000-000000001001";
    static final String FIXTURE_OPEN = "00000000-0000-4000-8000-00000000b001";
    static final String FIXTURE_ESCALATED = "00000000-0000-4000-8000-00000000b004";

    @Inject
    MovableClock clock;

    @Inject
    ProtectionReportService service;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    static Map<String, Object> aboutChild(String childId, boolean immediateDanger) {
        Map<String, Object> input = new HashMap<>();
        input.put("childId", childId);
        input.put("category", "NEGLECT");
        input.put("observed", "孩子独自在家三天，无人照料");
        input.put("discoveredAt", OffsetDateTime.now().minusHours(1).toString());
        input.put("immediateDanger", immediateDanger);
        input.put("actionTaken", "联系邻居照看");
        return input;
    }

    static Map<String, Object> aboutUnregistered(String regionCode) {
        Map<String, Object> input = aboutChild(null, false);
        input.remove("childId");
        input.put("category", "ABANDONMENT");
        input.put("describedChild", Map.of("name", "小花", "approximateAge", 7, "regionCode", regionCode,
                "guardian", "祖母，姓名不详"));
        return input;
    }

    static ExtractableResponse<Response> file(String token, Map<String, Object> input) {
        return run(token, "protection/fileProtectionReport", "input", input).body("errors", nullValue()).extract();
    }

    static String receiptOf(ExtractableResponse<Response> filed, String root, String kind) {
        return filed.path("data." + root + ".receipts.find { it.receiverKind == '" + kind + "' }.id");
    }

    @Test
    void shouldRouteToThePoliceCivilAffairsAndEducationOfTheChildsCountyWithTheDeadlineOfTheDanger() {
        var filed = file(Tokens.of("village.director"), aboutChild(FIXTURE_CHILD, false));
        filed.response().then()
                .body("data.fileProtectionReport.countyCode", equalTo("140521000000"))
                .body("data.fileProtectionReport.status", equalTo("OPEN"))
                .body("data.fileProtectionReport.receipts", hasSize(3))
                .body("data.fileProtectionReport.receipts.organizationId",
                        containsInAnyOrder(QINSHUI_POLICE, QINSHUI_CIVIL_AFFAIRS, QINSHUI_EDUCATION))
                .body("data.fileProtectionReport.receipts.receiverKind",
                        containsInAnyOrder("PUBLIC_SECURITY", "CIVIL_AFFAIRS", "EDUCATION"))
                .body("data.fileProtectionReport.receipts.status", everyItem(equalTo("OPEN")));
        OffsetDateTime filedAt = OffsetDateTime.parse(filed.path("data.fileProtectionReport.filedAt"));
        List<String> deadlines = filed.path("data.fileProtectionReport.receipts.acknowledgeBy");
        deadlines.forEach(deadline -> assertEquals(Duration.ofHours(24),
                Duration.between(filedAt, OffsetDateTime.parse(deadline))));
        var urgent = file(Tokens.of("village.director"), aboutChild(FIXTURE_CHILD, true));
        OffsetDateTime urgentAt = OffsetDateTime.parse(urgent.path("data.fileProtectionReport.filedAt"));
        List<String> urgentDeadlines = urgent.path("data.fileProtectionReport.receipts.acknowledgeBy");
        urgentDeadlines.forEach(deadline -> assertEquals(Duration.ofHours(1),
                Duration.between(urgentAt, OffsetDateTime.parse(deadline))));
        String reportId = filed.path("data.fileProtectionReport.id");
        run(Tokens.of("police.qinshui"), "protection/protectionReports", "filter", Map.of("list", "TO_HANDLE"),
                "first", 100)
                .body("data.protectionReports.edges.node.id", hasItem(reportId));
        // each receiver's inbox has it, due at the receipt's deadline, in the filing's transaction
        for (String receiver : List.of("police.qinshui", "education.qinshui", "county.officer")) {
            String alert = "data.notifications.edges.find { it.node.subjectId == '" + reportId + "' }.node";
            var inbox = run(Tokens.of(receiver), "notification/notifications", "first", 100)
                    .body(alert + ".kind", equalTo("PROTECTION_REPORT_TO_ACKNOWLEDGE")).extract();
            assertEquals(OffsetDateTime.parse(deadlines.get(0)).toInstant().truncatedTo(ChronoUnit.MILLIS),
                    OffsetDateTime.parse(inbox.<String>path(alert + ".dueAt")).toInstant()
                            .truncatedTo(ChronoUnit.MILLIS), receiver + ": due at the receipt's deadline");
        }
        run(Tokens.of("youth.league"), "notification/notifications", "first", 100)
                .body("data.notifications.edges.node.subjectId", not(hasItem(reportId)));
        run(Tokens.of("youth.league"), "protection/protectionReports", "filter", Map.of("list", "FILED_BY_ME"),
                "first", 100)
                .body("data.protectionReports.edges.node.id", not(hasItem(reportId)));
    }

    @Test
    void shouldLetEachReceiverAcknowledgeOnlyItsOwnReceipt() {
        var filed = file(Tokens.of("village.director"), aboutChild(FIXTURE_CHILD, false));
        String police = receiptOf(filed, "fileProtectionReport", "PUBLIC_SECURITY");
        run(Tokens.of("education.qinshui"), "protection/acknowledgeProtectionReport", "receiptId", police,
                "expectedVersion", 0)
                .body("errors[0].extensions.code", equalTo("PROTECTION_REPORT_NOT_FOUND"));
        run(Tokens.of("police.qinshui"), "protection/acknowledgeProtectionReport", "receiptId", police,
                "expectedVersion", 0)
                .body("errors", nullValue())
                .body("data.acknowledgeProtectionReport.status", equalTo("ACKNOWLEDGED"))
                .body("data.acknowledgeProtectionReport.receipts.find { it.id == '" + police + "' }.status",
                        equalTo("ACKNOWLEDGED"))
                .body("data.acknowledgeProtectionReport.receipts.find { it.id == '" + police
                        + "' }.acknowledgedByName", equalTo("沁水县公安局 民警 高峰"))
                .body("data.acknowledgeProtectionReport.reporterName", equalTo("沁水演示一镇东村 儿童主任 陈静"));
        run(Tokens.of("police.qinshui"), "protection/acknowledgeProtectionReport", "receiptId", police,
                "expectedVersion", 0)
                .body("errors[0].extensions.code", equalTo("CONFLICT"));
        run(Tokens.of("police.qinshui"), "protection/acknowledgeProtectionReport", "receiptId", police,
                "expectedVersion", 1)
                .body("errors[0].extensions.problems[0].code", equalTo("RECEIPT_NOT_OPEN"));
        String civilAffairs = receiptOf(filed, "fileProtectionReport", "CIVIL_AFFAIRS");
        run(Tokens.of("county.officer"), "protection/acknowledgeProtectionReport", "receiptId", civilAffairs,
                "expectedVersion", 0)
                .body("errors", nullValue());
    }

    @Test
    void shouldEscalateAtTheDeadlineNotBeforeThenToTheProvinceOnePeriodLater() throws Exception {
        var filed = file(Tokens.of("village.director"), aboutChild(FIXTURE_CHILD, true));
        String reportId = filed.path("data.fileProtectionReport.id");
        String police = receiptOf(filed, "fileProtectionReport", "PUBLIC_SECURITY");
        String education = receiptOf(filed, "fileProtectionReport", "EDUCATION");
        run(Tokens.of("education.qinshui"), "protection/acknowledgeProtectionReport", "receiptId", education,
                "expectedVersion", 0).body("errors", nullValue());
        OffsetDateTime deadline = acknowledgeBy(police);
        clock.stopAt(deadline.minusNanos(1000));
        service.escalateOverdueReceipts();
        assertEquals(List.of(), escalations(police));
        clock.stopAt(deadline);
        service.escalateOverdueReceipts();
        assertEquals(List.of("CITY"), escalations(police));
        assertEquals(List.of(), escalations(education), "an acknowledged receipt does not escalate");
        assertEquals(1, escalationEvents(reportId, "CITY"), "audited as the job's");
        service.escalateOverdueReceipts();
        assertEquals(List.of("CITY"), escalations(police), "a second run adds nothing");
        assertEquals(1L, Database.count("notification where subject_id = '" + reportId
                + "' and kind = 'PROTECTION_REPORT_ESCALATED' and to_role = 'city-officer'"
                + " and to_region_code = '140500000000'"), "the city's officers alerted once");
        run(Tokens.of("city.officer"), "notification/notifications", "unreadOnly", true, "first", 100)
                .body("data.notifications.edges.node.subjectId", hasItem(reportId));
        run(Tokens.of("city.officer"), "protection/protectionReports", "filter", Map.of("list", "TO_HANDLE"),
                "first", 100)
                .body("data.protectionReports.edges.node.id", hasItem(reportId));
        run(Tokens.of("city.officer"), "protection/protectionReports", "filter", Map.of("list", "OVERDUE"),
                "first", 100)
                .body("data.protectionReports.edges.find { it.node.id == '" + reportId + "' }.node.overdue",
                        equalTo(true));
        clock.stopAt(deadline.plusHours(1));
        service.escalateOverdueReceipts();
        assertEquals(List.of("CITY", "PROVINCE"), escalations(police));
        clock.reset();
        run(Tokens.of("police.qinshui"), "protection/acknowledgeProtectionReport", "receiptId", police,
                "expectedVersion", 0).body("errors", nullValue());
        clock.stopAt(deadline.plusHours(1));
        run(Tokens.of("province.officer"), "protection/protectionReports", "filter", Map.of("list", "OVERDUE"),
                "first", 100)
                .body("data.protectionReports.edges.find { it.node.id == '" + reportId + "' }.node.receipts"
                        + ".find { it.id == '" + police + "' }.overdue", equalTo(false))
                .body("data.protectionReports.edges.find { it.node.id == '" + reportId + "' }.node.overdue",
                        equalTo(true));
    }

    @Test
    void shouldEscalateEachOverdueReceiptExactlyOnceWhenTwoRunsRaceEachOther() throws Exception {
        String reportId = file(Tokens.of("village.director"), aboutChild(FIXTURE_CHILD, true))
                .path("data.fileProtectionReport.id");
        List<String> receipts = receiptIds(reportId);
        clock.stopAt(acknowledgeBy(receipts.get(0)).plusMinutes(1));
        long before = Database.count("protection_report_escalation");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            Future<Integer> first = pool.submit(() -> {
                start.await();
                return service.escalateOverdueReceipts();
            });
            Future<Integer> second = pool.submit(() -> {
                start.await();
                return service.escalateOverdueReceipts();
            });
            start.countDown();
            int added = first.get() + second.get();
            assertEquals(Database.count("protection_report_escalation") - before, added,
                    "the runs together report exactly the rows written");
        } finally {
            pool.shutdownNow();
        }
        for (String receipt : receipts) {
            assertEquals(List.of("CITY"), escalations(receipt));
        }
        assertEquals(1, escalationEvents(reportId, "CITY"), "one run audited the escalations, the other added none");
        assertEquals(1L, Database.count("notification where subject_id = '" + reportId
                + "' and kind = 'PROTECTION_REPORT_ESCALATED'"), "one alert for the report and its level");
    }

    @Test
    void shouldSendTheOutcomeBackToTheReporterWithoutTheHandlingNotes() {
        var filed = file(Tokens.of("village.director"), aboutChild(FIXTURE_CHILD, false));
        String reportId = filed.path("data.fileProtectionReport.id");
        String police = receiptOf(filed, "fileProtectionReport", "PUBLIC_SECURITY");
        run(Tokens.of("police.qinshui"), "protection/addProtectionReportStep", "reportId", reportId, "input",
                Map.of("description", "民警入户核查"))
                .body("errors", nullValue())
                .body("data.addProtectionReportStep.steps.description", hasItem("民警入户核查"));
        run(Tokens.of("police.qinshui"), "protection/closeProtectionReport", "receiptId", police,
                "expectedVersion", 0, "outcome", "监护人已接受训诫，孩子由姑母照料")
                .body("errors", nullValue())
                .body("data.closeProtectionReport.receipts.find { it.id == '" + police + "' }.status",
                        equalTo("CLOSED"));
        run(Tokens.of("village.director"), "protection/protectionReport", "id", reportId)
                .body("errors", nullValue())
                .body("data.protectionReport.receipts.find { it.id == '" + police + "' }.outcome",
                        equalTo("监护人已接受训诫，孩子由姑母照料"))
                .body("data.protectionReport.receipts.find { it.id == '" + police + "' }.closedByName",
                        nullValue())
                .body("data.protectionReport.receipts.find { it.id == '" + police + "' }.organization.name",
                        equalTo("沁水县公安局"))
                .body("data.protectionReport.steps", nullValue())
                .body("data.protectionReport.status", equalTo("ACKNOWLEDGED"));
        run(Tokens.of("county.officer"), "protection/protectionReport", "id", reportId)
                .body("data.protectionReport.steps.description", hasItem("民警入户核查"));
    }

    @Test
    void shouldShowAPartnerReporterOnlyItsOwnReportsStatusAndOutcome() throws Exception {
        String partner = Tokens.of("womens.federation");
        var filed = file(partner, aboutUnregistered("140521901203"));
        String reportId = filed.path("data.fileProtectionReport.id");
        run(Tokens.of("police.qinshui"), "protection/addProtectionReportStep", "reportId", reportId, "input",
                Map.of("description", "已联系村委会核实")).body("errors", nullValue());
        run(partner, "protection/protectionReport", "id", reportId)
                .body("errors", nullValue())
                .body("data.protectionReport.status", equalTo("OPEN"))
                .body("data.protectionReport.steps", nullValue())
                .body("data.protectionReport.escalations", nullValue());
        run(partner, "protection/protectionReports", "filter", Map.of("list", "FILED_BY_ME"), "first", 100)
                .body("data.protectionReports.edges.node.id", hasItem(reportId))
                .body("data.protectionReports.edges.node.reporterName", everyItem(equalTo("晋城市妇联 周红")))
                .body("data.protectionReports.edges.node.steps", everyItem(nullValue()));
        run(partner, "protection/protectionReport", "id", FIXTURE_OPEN)
                .body("errors[0].extensions.code", equalTo("PROTECTION_REPORT_NOT_FOUND"));
        run(partner, "protection/protectionReports", "filter", Map.of("list", "TO_HANDLE"), "first", 100)
                .body("data.protectionReports.edges", hasSize(0));
        run(Tokens.of("youth.league"), "protection/protectionReport", "id", reportId)
                .body("errors[0].extensions.code", equalTo("PROTECTION_REPORT_NOT_FOUND"));
        assertEquals(1, auditEvents("PROTECTION_REPORT_READ", reportId, "NOT_FOUND"));
    }

    @Test
    void shouldTakeAReportAboutAnUnregisteredChildAndLinkItLaterKeepingTheDescription() {
        var filed = file(Tokens.of("village.director"), aboutUnregistered("140521901202"));
        String reportId = filed.path("data.fileProtectionReport.id");
        filed.response().then()
                .body("data.fileProtectionReport.childId", nullValue())
                .body("data.fileProtectionReport.describedChild.name", equalTo("小花"))
                .body("data.fileProtectionReport.countyCode", equalTo("140521000000"))
                .body("data.fileProtectionReport.receipts", hasSize(3));
        TestChild child = TestChildren.register();
        run(Tokens.of("village.director"), "protection/linkProtectionReportChild", "reportId", reportId,
                "expectedVersion", 0, "childId", child.id())
                .body("errors[0].extensions.code", equalTo("PROTECTION_REPORT_NOT_FOUND"));
        run(Tokens.of("county.officer"), "protection/linkProtectionReportChild", "reportId", reportId,
                "expectedVersion", 0, "childId", child.id())
                .body("errors", nullValue())
                .body("data.linkProtectionReportChild.childId", equalTo(child.id()))
                .body("data.linkProtectionReportChild.describedChild.name", equalTo("小花"))
                .body("data.linkProtectionReportChild.describedChild.guardian", equalTo("祖母，姓名不详"))
                .body("data.linkProtectionReportChild.linkedAt", notNullValue())
                .body("data.linkProtectionReportChild.linkedByName", equalTo("沁水县民政局 张丽"));
        run(Tokens.of("county.officer"), "protection/linkProtectionReportChild", "reportId", reportId,
                "expectedVersion", 1, "childId", child.id())
                .body("errors[0].extensions.problems[0].code", equalTo("CHILD_ALREADY_LINKED"));
        run(Tokens.of("county.officer"), "protection/protectionReport", "id", reportId)
                .body("data.protectionReport.child.name", equalTo(child.name()))
                .body("data.protectionReport.describedChild.name", equalTo("小花"));
    }

    @Test
    void shouldRefuseCallersOutsideTheScope() {
        String reportId = file(Tokens.of("village.director"), aboutChild(FIXTURE_CHILD, false))
                .path("data.fileProtectionReport.id");
        run(Tokens.of("county.officer.yangcheng"), "protection/protectionReport", "id", reportId)
                .body("errors[0].extensions.code", equalTo("PROTECTION_REPORT_NOT_FOUND"))
                .body("data", nullValue());
        run(Tokens.of("county.officer.yangcheng"), "protection/fileProtectionReport", "input",
                aboutChild(FIXTURE_CHILD, false))
                .body("errors[0].extensions.code", equalTo("CHILD_NOT_FOUND"));
        run(Tokens.of("auditor"), "protection/protectionReport", "id", reportId)
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        run(Tokens.of("township.supervisor"), "protection/protectionReports", "filter", Map.of("list", "OVERDUE"))
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        run(Tokens.of("city.officer"), "protection/setProtectionReportRoute", "regionCode", "140522000000",
                "receiverKind", "PUBLIC_SECURITY", "organizationId", QINSHUI_POLICE)
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
    }

    @Test
    void shouldRefuseBadInputWithCodesAndWriteNothing() throws Exception {
        long reports = Database.count("protection_report");
        long receipts = Database.count("protection_report_receipt");
        String director = Tokens.of("village.director");
        Map<String, Object> both = aboutUnregistered("140521901202");
        both.put("childId", FIXTURE_CHILD);
        both.put("observed", " ");
        run(director, "protection/fileProtectionReport", "input", both)
                .body("errors[0].extensions.code", equalTo("VALIDATION_FAILED"))
                .body("errors[0].extensions.problems.code", hasItems("CHILD_OR_DESCRIPTION_REQUIRED", "REQUIRED"));
        Map<String, Object> neither = aboutChild(null, false);
        neither.remove("childId");
        neither.put("discoveredAt", OffsetDateTime.now().plusDays(1).toString());
        run(director, "protection/fileProtectionReport", "input", neither)
                .body("errors[0].extensions.problems.code",
                        hasItems("CHILD_OR_DESCRIPTION_REQUIRED", "DISCOVERED_AT_INVALID"));
        Map<String, Object> badChild = aboutUnregistered("140521000000");
        badChild.put("describedChild", Map.of("name", "小花", "approximateAge", 30, "regionCode", "140521000000"));
        run(director, "protection/fileProtectionReport", "input", badChild)
                .body("errors[0].extensions.problems.code",
                        hasItems("APPROXIMATE_AGE_INVALID", "REPORT_PLACE_INVALID"));
        Map<String, Object> unknownPlace = aboutUnregistered("140521999999");
        run(director, "protection/fileProtectionReport", "input", unknownPlace)
                .body("errors[0].extensions.problems.code", hasItem("REGION_NOT_FOUND"));
        assertEquals(reports, Database.count("protection_report"));
        assertEquals(receipts, Database.count("protection_report_receipt"));
        var filed = file(director, aboutChild(FIXTURE_CHILD, false));
        String reportId = filed.path("data.fileProtectionReport.id");
        long steps = Database.count("protection_report_step");
        run(Tokens.of("police.qinshui"), "protection/addProtectionReportStep", "reportId", reportId, "input",
                Map.of("description", "核查", "takenAt", OffsetDateTime.now().plusDays(2).toString()))
                .body("errors[0].extensions.problems[0].code", equalTo("TAKEN_AT_INVALID"));
        run(Tokens.of("police.qinshui"), "protection/closeProtectionReport", "receiptId",
                receiptOf(filed, "fileProtectionReport", "PUBLIC_SECURITY"), "expectedVersion", 0, "outcome", "")
                .body("errors[0].extensions.problems.code", hasItem("REQUIRED"));
        assertEquals(steps, Database.count("protection_report_step"));
    }

    @Test
    void shouldRouteByTheProvincesTableAndElseToTheCountysBodiesOfTheKind() throws Exception {
        String province = Tokens.of("province.officer");
        run(province, "protection/setProtectionReportRoute", "regionCode", "140522000000", "receiverKind",
                "PUBLIC_SECURITY", "organizationId", QINSHUI_CIVIL_AFFAIRS)
                .body("errors[0].extensions.problems[0].code", equalTo("ORGANIZATION_KIND_MISMATCH"));
        run(province, "protection/setProtectionReportRoute", "regionCode", "140522901201", "receiverKind",
                "PUBLIC_SECURITY", "organizationId", QINSHUI_POLICE)
                .body("errors[0].extensions.problems[0].code", equalTo("ROUTE_REGION_INVALID"));
        run(province, "protection/setProtectionReportRoute", "regionCode", "140522000000", "receiverKind",
                "PUBLIC_SECURITY", "organizationId", QINSHUI_POLICE)
                .body("errors", nullValue())
                .body("data.setProtectionReportRoute.organizationId", equalTo(QINSHUI_POLICE));
        var filed = file(Tokens.of("county.officer.yangcheng"), aboutUnregistered("140522901201"));
        filed.response().then()
                .body("data.fileProtectionReport.countyCode", equalTo("140522000000"))
                .body("data.fileProtectionReport.receipts.receiverKind",
                        containsInAnyOrder("PUBLIC_SECURITY", "CIVIL_AFFAIRS", "EDUCATION"));
        assertEquals(QINSHUI_POLICE, receiptOrganization(filed, "PUBLIC_SECURITY"), "the route");
        assertEquals(List.of("140522000000"), strings("select o.region_code from organization o where o.id = ?",
                receiptOrganization(filed, "CIVIL_AFFAIRS")), "Yangcheng's own civil affairs, not the city's");
        assertEquals(List.of("140522000000"), strings("select o.region_code from organization o where o.id = ?",
                receiptOrganization(filed, "EDUCATION")));
        run(Tokens.of("county.officer.yangcheng"), "protection/protectionReportRoutes", "first", 100)
                .body("errors", nullValue())
                .body("data.protectionReportRoutes.edges.node.regionCode", everyItem(equalTo("140522000000")))
                .body("data.protectionReportRoutes.edges.node.receiverKind", hasItem("PUBLIC_SECURITY"));
        List<String> all = new java.util.ArrayList<>();
        String after = null;
        do {
            var page = run(province, "protection/protectionReportRoutes", "first", 2, "after", after)
                    .body("errors", nullValue()).extract();
            List<String> regions = page.path("data.protectionReportRoutes.edges.node.regionCode");
            List<String> kinds = page.path("data.protectionReportRoutes.edges.node.receiverKind");
            for (int i = 0; i < regions.size(); i++) {
                all.add(regions.get(i) + ":" + kinds.get(i));
            }
            after = page.path("data.protectionReportRoutes.pageInfo.hasNextPage").equals(Boolean.TRUE)
                    ? page.path("data.protectionReportRoutes.pageInfo.endCursor") : null;
        } while (after != null);
        assertEquals(List.of("140521000000:CIVIL_AFFAIRS", "140521000000:EDUCATION", "140521000000:PUBLIC_SECURITY",
                "140522000000:PUBLIC_SECURITY"), all, "every route of the province, in order, two at a time");
        run(Tokens.of("village.director"), "protection/protectionReportRoutes", "first", 10)
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
    }

    @Test
    void shouldAnswerARetriedFilingWithTheFirstReportAndRouteItOnce() throws Exception {
        String key = "report-" + UUID.randomUUID();
        long reports = Database.count("protection_report");
        long receipts = Database.count("protection_report_receipt");
        Map<String, Object> body = Map.of("query", GraphQLClient.document("protection/fileProtectionReport"),
                "variables", Map.of("input", aboutChild(FIXTURE_CHILD, true)));
        String director = Tokens.of("village.director");
        String first = given().contentType(ContentType.JSON).body(body).auth().oauth2(director)
                .header(IdempotencyKeys.HEADER, key).when().post("/graphql").then().statusCode(200)
                .body("errors", nullValue()).extract().path("data.fileProtectionReport.id");
        given().contentType(ContentType.JSON).body(body).auth().oauth2(director)
                .header(IdempotencyKeys.HEADER, key).when().post("/graphql").then().statusCode(200)
                .body("errors", nullValue()).body("data.fileProtectionReport.id", equalTo(first));
        assertEquals(reports + 1, Database.count("protection_report"));
        assertEquals(receipts + 3, Database.count("protection_report_receipt"));
    }

    @Test
    void shouldLoadAPageOfReportsWithItsReceiptsStepsChildrenAndOrganizationsInAFixedNumberOfStatements() {
        String director = Tokens.of("village.director");
        for (int i = 0; i < 3; i++) {
            file(director, aboutChild(FIXTURE_CHILD, false));
        }
        String county = Tokens.of("county.officer");
        Map<String, Object> toHandle = Map.of("list", "TO_HANDLE");
        run(county, "protection/protectionReportsWithOrganizations", "filter", toHandle, "first", 1)
                .body("errors", nullValue());
        SqlStatementCounter.reset();
        run(county, "protection/protectionReportsWithOrganizations", "filter", toHandle, "first", 2)
                .body("data.protectionReports.edges", hasSize(2));
        int forTwo = SqlStatementCounter.count();
        SqlStatementCounter.reset();
        run(county, "protection/protectionReportsWithOrganizations", "filter", toHandle, "first", 3)
                .body("data.protectionReports.edges", hasSize(3))
                .body("data.protectionReports.edges[0].node.receipts[0].organization.name", notNullValue());
        int forThree = SqlStatementCounter.count();
        assertTrue(forThree <= forTwo, "statements for 2 reports: " + forTwo + ", for 3: " + forThree);
    }

    @Test
    void shouldListTheEscalatedFixtureAsOverdueForTheCityAndProvince() {
        run(Tokens.of("city.officer"), "protection/protectionReports", "filter", Map.of("list", "OVERDUE"),
                "first", 100)
                .body("data.protectionReports.edges.node.id", hasItem(FIXTURE_ESCALATED));
        run(Tokens.of("province.officer"), "protection/protectionReport", "id", FIXTURE_ESCALATED)
                .body("data.protectionReport.escalations.level", hasItems("CITY", "PROVINCE"))
                .body("data.protectionReport.overdue", equalTo(true))
                .body("data.protectionReport.describedChild.name", equalTo("小军"));
    }

    private static String receiptOrganization(ExtractableResponse<Response> filed, String kind) {
        return filed.path("data.fileProtectionReport.receipts.find { it.receiverKind == '" + kind
                + "' }.organizationId");
    }

    private static OffsetDateTime acknowledgeBy(String receiptId) throws SQLException {
        try (Connection connection = Database.asService(); PreparedStatement statement = connection.prepareStatement(
                "select acknowledge_by from protection_report_receipt where id = ?")) {
            statement.setObject(1, UUID.fromString(receiptId));
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getObject(1, OffsetDateTime.class);
            }
        }
    }

    private static List<String> escalations(String receiptId) throws SQLException {
        return strings("select level from protection_report_escalation where receipt_id = ? order by escalated_at",
                receiptId);
    }

    private static List<String> receiptIds(String reportId) throws SQLException {
        return strings("select id::text from protection_report_receipt where report_id = ? order by receiver_kind",
                reportId);
    }

    private static List<String> strings(String sql, String id) throws SQLException {
        try (Connection connection = Database.asService(); PreparedStatement statement = connection.prepareStatement(
                sql)) {
            statement.setObject(1, UUID.fromString(id));
            try (ResultSet rows = statement.executeQuery()) {
                List<String> values = new java.util.ArrayList<>();
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
                return values;
            }
        }
    }

    private static long escalationEvents(String reportId, String level) throws SQLException {
        try (Connection connection = Database.asService(); PreparedStatement statement = connection.prepareStatement(
                "select count(*) from audit_event where operation = 'PROTECTION_REPORT_ESCALATE'"
                        + " and actor_subject = 'service:protection-report-escalation' and reason = ?"
                        + " and ',' || record_ids || ',' like ?")) {
            statement.setString(1, level);
            statement.setString(2, "%," + reportId + ",%");
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static long auditEvents(String operation, String recordId, String result) throws SQLException {
        try (Connection connection = Database.asService(); PreparedStatement statement = connection.prepareStatement(
                "select count(*) from audit_event where operation = ? and record_ids = ? and result = ?")) {
            statement.setString(1, operation);
            statement.setString(2, recordId);
            statement.setString(3, result);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}

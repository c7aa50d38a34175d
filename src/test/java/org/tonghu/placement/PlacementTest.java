package org.tonghu.placement;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tonghu.testing.GraphQLClient.run;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.tonghu.notification.Addressee;
import org.tonghu.notification.DeadlineAlerts;
import org.tonghu.notification.Notice;
import org.tonghu.notification.NotificationKind;
import org.tonghu.notification.NotificationService;
import org.tonghu.security.Roles;
import org.tonghu.testing.Database;
import org.tonghu.testing.DeadlineJobRuns;
import org.tonghu.testing.LocalModeTestResource;
import org.tonghu.testing.MovableClock;
import org.tonghu.testing.SqlStatementCounter;
import org.tonghu.testing.TestChildren;
import org.tonghu.testing.Tokens;
import org.tonghu.time.ChinaTime;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

/**
 * Temporary custody: recording, reviews and the end of placements, one open placement per child under concurrent
 * requests, who sees what (officers of the child's county, the child's directors, nobody else), the audit, the
 * batched placements of children, and the review alerts of the deadline source.
 */
@QuarkusTest
@QuarkusTestResource(LocalModeTestResource.class)
class PlacementTest {

    /** Test children live in 沁水演示一镇西村. */
    static final String TEST_VILLAGE = "140521901202";
    static final String WELFARE_INSTITUTION = "00000000-0000-4000-8000-000000000110";
    static final String RESCUE_CENTER = "00000000-0000-4000-8000-000000000111";
    static final String POLICE = "00000000-0000-4000-8000-000000000108";
    static final String FIXTURE_DUE_SOON = "00000000-0000-4000-8000-00000000c001";
    static final String FIXTURE_OVERDUE = "00000000-0000-4000-8000-00000000c002";
    static final String FIXTURE_CHILD_OF_DIRECTOR = "00000000-0000-4000-8000-000000001002";

    @Inject
    PlacementReviewAlerts alerts;

    @Inject
    NotificationService notifications;

    @Inject
    DeadlineAlerts deadlineAlerts;

    @Inject
    MovableClock clock;

    static Map<String, Object> withRelatives(String childId) {
        Map<String, Object> input = new HashMap<>();
        input.put("childId", childId);
        input.put("kind", "ENTRUSTED_TO_RELATIVES");
        input.put("carerName", "李桂香");
        input.put("carerPhone", "13900000001");
        input.put("startsOn", ChinaTime.today().minusDays(3).toString());
        input.put("reasons", "父母均在外务工，祖母住院，无人照料");
        input.put("legalBasis", "《未成年人保护法》第九十二条");
        return input;
    }

    static ExtractableResponse<Response> record(Map<String, Object> input) {
        return run(Tokens.of("county.officer"), "placement/recordPlacement", "input", input).body("errors", nullValue())
                .extract();
    }

    @Test
    void shouldRecordReviewAndEndAPlacementWithTheDefaultFirstReview() throws Exception {
        String child = TestChildren.register().id();
        var recorded = record(withRelatives(child));
        String id = recorded.path("data.recordPlacement.id");
        LocalDate startsOn = ChinaTime.today().minusDays(3);
        recorded.response().then()
                .body("data.recordPlacement.status", equalTo("OPEN"))
                .body("data.recordPlacement.kind", equalTo("ENTRUSTED_TO_RELATIVES"))
                .body("data.recordPlacement.nextReviewOn", equalTo(startsOn.plusMonths(3).toString()))
                .body("data.recordPlacement.reviewDue", equalTo(false))
                .body("data.recordPlacement.recordedByName", equalTo("沁水县民政局 张丽"))
                .body("data.recordPlacement.version", equalTo(0));
        String reviewedOn = ChinaTime.today().toString();
        String next = ChinaTime.today().plusDays(30).toString();
        run(Tokens.of("county.officer"), "placement/reviewPlacement", "id", id, "expectedVersion", 0, "input",
                Map.of("reviewedOn", reviewedOn, "finding", "照料良好，孩子按时上学", "nextReviewOn", next))
                .body("errors", nullValue())
                .body("data.reviewPlacement.nextReviewOn", equalTo(next))
                .body("data.reviewPlacement.reviews", hasSize(1))
                .body("data.reviewPlacement.reviews[0].finding", equalTo("照料良好，孩子按时上学"))
                .body("data.reviewPlacement.version", equalTo(1));
        run(Tokens.of("county.officer"), "placement/endPlacement", "id", id, "expectedVersion", 0, "input",
                Map.of("outcome", "RETURNED_TO_FAMILY"))
                .body("errors[0].extensions.code", equalTo("CONFLICT"));
        run(Tokens.of("county.officer"), "placement/endPlacement", "id", id, "expectedVersion", 1, "input",
                Map.of("outcome", "RETURNED_TO_FAMILY", "note", "母亲返乡"))
                .body("errors", nullValue())
                .body("data.endPlacement.status", equalTo("ENDED"))
                .body("data.endPlacement.endedOn", equalTo(ChinaTime.today().toString()))
                .body("data.endPlacement.outcome", equalTo("RETURNED_TO_FAMILY"))
                .body("data.endPlacement.reviewDue", equalTo(false));
        run(Tokens.of("county.officer"), "placement/reviewPlacement", "id", id, "expectedVersion", 2, "input",
                Map.of("finding", "再次回访"))
                .body("errors[0].extensions.problems.code", hasItem("PLACEMENT_ENDED"));
        // a new placement after the end: the file shows both, in order of start
        Map<String, Object> institution = withRelatives(child);
        institution.put("kind", "CHILD_WELFARE_INSTITUTION");
        institution.remove("carerName");
        institution.remove("carerPhone");
        institution.put("institutionId", WELFARE_INSTITUTION);
        institution.put("startsOn", ChinaTime.today().toString());
        record(institution);
        run(Tokens.of("county.officer"), "placement/childPlacements", "id", child)
                .body("errors", nullValue())
                .body("data.child.placements", hasSize(2))
                .body("data.child.placements[0].id", equalTo(id))
                .body("data.child.placements[0].status", equalTo("ENDED"))
                .body("data.child.placements[1].institutionId", equalTo(WELFARE_INSTITUTION))
                .body("data.child.placements[1].status", equalTo("OPEN"));
        assertEquals(1L, auditEvents("PLACEMENT_RECORD", id + "%", "SUCCESS"));
        assertEquals(1L, auditEvents("PLACEMENT_REVIEW", id, "SUCCESS"));
        assertEquals(1L, auditEvents("PLACEMENT_END", id, "SUCCESS"));
        assertEquals(1L, auditEvents("PLACEMENT_END", id, "CONFLICT"));
        assertTrue(auditEvents("PLACEMENT_READ", "%" + id + "%", "SUCCESS") >= 1, "the child's placements read");
    }

    @Test
    void shouldRefuseBadInputWithCodesAndWriteNothing() throws Exception {
        String child = TestChildren.register().id();
        long before = Database.count("placement");
        Map<String, Object> noCarer = withRelatives(child);
        noCarer.remove("carerName");
        noCarer.put("institutionId", RESCUE_CENTER);
        noCarer.put("startsOn", ChinaTime.today().plusDays(1).toString());
        noCarer.put("reasons", " ");
        run(Tokens.of("county.officer"), "placement/recordPlacement", "input", noCarer)
                .body("errors[0].extensions.code", equalTo("VALIDATION_FAILED"))
                .body("errors[0].extensions.problems.code", hasItem("CARER_REQUIRED"))
                .body("errors[0].extensions.problems.code", hasItem("INSTITUTION_NOT_ALLOWED"))
                .body("errors[0].extensions.problems.code", hasItem("STARTS_ON_INVALID"))
                .body("errors[0].extensions.problems.code", hasItem("REQUIRED"));
        Map<String, Object> wrongInstitution = withRelatives(child);
        wrongInstitution.put("kind", "RESCUE_PROTECTION_INSTITUTION");
        wrongInstitution.put("institutionId", WELFARE_INSTITUTION);
        wrongInstitution.put("firstReviewOn", ChinaTime.today().minusDays(5).toString());
        run(Tokens.of("county.officer"), "placement/recordPlacement", "input", wrongInstitution)
                .body("errors[0].extensions.problems.code", hasItem("CARER_NOT_ALLOWED"))
                .body("errors[0].extensions.problems.code", hasItem("ORGANIZATION_KIND_MISMATCH"))
                .body("errors[0].extensions.problems.code", hasItem("REVIEW_ON_INVALID"));
        Map<String, Object> otherGuardian = withRelatives(child);
        otherGuardian.put("carerGuardianId", "00000000-0000-4000-8000-000000002001");
        otherGuardian.put("protectionReportId", "00000000-0000-4000-8000-00000000b003");
        run(Tokens.of("county.officer"), "placement/recordPlacement", "input", otherGuardian)
                .body("errors[0].extensions.problems.code", hasItem("GUARDIAN_NOT_LINKED"))
                .body("errors[0].extensions.problems.code", hasItem("PROTECTION_REPORT_OF_ANOTHER_CHILD"));
        assertEquals(before, Database.count("placement"), "nothing written");
        String id = record(withRelatives(child)).path("data.recordPlacement.id");
        run(Tokens.of("county.officer"), "placement/recordPlacement", "input", withRelatives(child))
                .body("errors[0].extensions.problems[0].code", equalTo("PLACEMENT_ALREADY_OPEN"));
        run(Tokens.of("county.officer"), "placement/endPlacement", "id", id, "expectedVersion", 0, "input",
                Map.of("outcome", "OTHER", "endedOn", ChinaTime.today().minusDays(10).toString()))
                .body("errors[0].extensions.problems.code", hasItem("NOTE_REQUIRED"))
                .body("errors[0].extensions.problems.code", hasItem("ENDED_ON_INVALID"));
        run(Tokens.of("county.officer"), "placement/endPlacement", "id", id, "expectedVersion", 0, "input",
                Map.of("outcome", "ADULTHOOD"))
                .body("errors[0].extensions.problems.code", hasItem("NOT_OF_AGE"));
        run(Tokens.of("county.officer"), "placement/reviewPlacement", "id", id, "expectedVersion", 0, "input",
                Map.of("finding", "良好", "nextReviewOn", ChinaTime.today().plusDays(400).toString()))
                .body("errors[0].extensions.problems.code", hasItem("REVIEW_ON_INVALID"));
        run(Tokens.of("county.officer"), "placement/placements", "reviewDueWithinDays", -1)
                .body("errors[0].extensions.problems[0].code", equalTo("DAYS_OUT_OF_RANGE"));
        run(Tokens.of("county.officer"), "placement/placements", "regionCode", "140522000000")
                .body("errors[0].extensions.problems[0].code", equalTo("REGION_OUT_OF_SCOPE"));
        assertEquals(before + 1, Database.count("placement"));
        assertEquals(0L, Database.count("placement_review where placement_id = '" + id + "'"));
    }

    @Test
    void shouldKeepOnePlacementOpenWhenTwoRequestsRaceForTheSameChild() throws Exception {
        String child = TestChildren.register().id();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<String> codes = new ArrayList<>();
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<ExtractableResponse<Response>>> results = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return run(Tokens.of("county.officer"), "placement/recordPlacement", "input",
                            withRelatives(child)).extract();
                }));
            }
            start.countDown();
            for (Future<ExtractableResponse<Response>> result : results) {
                ExtractableResponse<Response> response = result.get();
                codes.add(response.path("errors") == null ? "OK"
                        : response.path("errors[0].extensions.problems[0].code"));
            }
        } finally {
            pool.shutdownNow();
        }
        assertTrue(codes.contains("OK") && codes.contains("PLACEMENT_ALREADY_OPEN"), codes.toString());
        assertEquals(1L, Database.count("placement where child_id = '" + child + "' and ended_on is null"));
    }

    @Test
    void shouldShowOfficersOfTheChildsCountyEverythingDirectorsTheDatesAndOthersNothing() throws Exception {
        // the director of 东村 sees the fixture placement of 王小红, without the case work
        run(Tokens.of("village.director"), "placement/placement", "id", FIXTURE_DUE_SOON)
                .body("errors", nullValue())
                .body("data.placement.kind", equalTo("ENTRUSTED_TO_RELATIVES"))
                .body("data.placement.reviewDue", equalTo(true))
                .body("data.placement.carerName", notNullValue())
                .body("data.placement.reasons", nullValue())
                .body("data.placement.legalBasis", nullValue())
                .body("data.placement.carerPhone", nullValue())
                .body("data.placement.reviews", nullValue());
        run(Tokens.of("county.officer"), "placement/placement", "id", FIXTURE_DUE_SOON)
                .body("data.placement.reasons", notNullValue())
                .body("data.placement.carerPhone", equalTo("13800000011"));
        run(Tokens.of("city.officer"), "placement/placement", "id", FIXTURE_OVERDUE)
                .body("data.placement.reviewOverdue", equalTo(true))
                .body("data.placement.reviews", hasSize(1));
        // 李华 lives in 演示二镇: not the director's village
        run(Tokens.of("village.director"), "placement/placement", "id", FIXTURE_OVERDUE)
                .body("errors[0].extensions.code", equalTo("PLACEMENT_NOT_FOUND"));
        run(Tokens.of("county.officer.yangcheng"), "placement/placement", "id", FIXTURE_DUE_SOON)
                .body("errors[0].extensions.code", equalTo("PLACEMENT_NOT_FOUND"));
        assertTrue(auditEvents("PLACEMENT_READ", FIXTURE_DUE_SOON, "NOT_FOUND") >= 1, "the refusal audited");
        run(Tokens.of("county.officer.yangcheng"), "placement/recordPlacement", "input",
                withRelatives(FIXTURE_CHILD_OF_DIRECTOR))
                .body("errors[0].extensions.code", equalTo("CHILD_NOT_FOUND"));
        run(Tokens.of("county.officer.yangcheng"), "placement/endPlacement", "id", FIXTURE_DUE_SOON,
                "expectedVersion", 0, "input", Map.of("outcome", "OTHER", "note", "越权"))
                .body("errors[0].extensions.code", equalTo("PLACEMENT_NOT_FOUND"));
        run(Tokens.of("county.officer.yangcheng"), "placement/placements", "first", 100)
                .body("errors", nullValue())
                .body("data.placements.edges.node.id", not(hasItem(FIXTURE_DUE_SOON)));
        // partners see nothing: not a placement, not a list, not a child's placements
        for (String partner : List.of("womens.federation", "police.qinshui")) {
            run(Tokens.of(partner), "placement/placement", "id", FIXTURE_DUE_SOON)
                    .body("errors[0].extensions.code", equalTo("FORBIDDEN"))
                    .body("data", nullValue());
            run(Tokens.of(partner), "placement/placements", "first", 10)
                    .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        }
        run(Tokens.of("youth.league"), "placement/placementReviewsDue", "first", 10)
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        run(Tokens.of("village.director"), "placement/recordPlacement", "input",
                withRelatives(FIXTURE_CHILD_OF_DIRECTOR))
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        run(Tokens.of("village.director"), "placement/placements", "first", 10)
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
    }

    @Test
    void shouldListReviewsDueOfTheDirectorsOwnVillagesOnly() throws Exception {
        String child = TestChildren.register().id();
        Map<String, Object> dueTomorrow = withRelatives(child);
        dueTomorrow.put("firstReviewOn", ChinaTime.today().plusDays(1).toString());
        String elsewhere = record(dueTomorrow).path("data.recordPlacement.id");
        var due = run(Tokens.of("village.director"), "placement/placementReviewsDue", "first", 100)
                .body("errors", nullValue())
                .body("data.placementReviewsDue.edges.node.id", hasItem(FIXTURE_DUE_SOON))
                .body("data.placementReviewsDue.edges.node.id", not(hasItem(FIXTURE_OVERDUE)))
                .body("data.placementReviewsDue.edges.node.id", not(hasItem(elsewhere)))
                .body("data.placementReviewsDue.edges.node.reasons", everyItem(nullValue()))
                .body("data.placementReviewsDue.edges.node.reviewDue", everyItem(equalTo(true)))
                .extract();
        List<String> childIds = due.path("data.placementReviewsDue.edges.node.childId");
        assertTrue(childIds.stream().allMatch(id -> villageOf(id).equals("140521901201")), childIds.toString());
        // the township supervisor of 演示一镇 sees both villages' reviews due; the county officer lists them first
        run(Tokens.of("township.supervisor"), "placement/placementReviewsDue", "first", 100)
                .body("data.placementReviewsDue.edges.node.id", hasItem(elsewhere))
                .body("data.placementReviewsDue.edges.node.id", hasItem(FIXTURE_DUE_SOON));
        var listed = run(Tokens.of("county.officer"), "placement/placements", "status", "OPEN",
                "reviewDueWithinDays", 7, "first", 100)
                .body("errors", nullValue())
                .body("data.placements.edges.node.id", hasItem(FIXTURE_OVERDUE))
                .body("data.placements.edges.node.id", hasItem(elsewhere))
                .body("data.placements.edges.node.status", everyItem(equalTo("OPEN"))).extract();
        List<String> dates = listed.path("data.placements.edges.node.nextReviewOn");
        assertEquals(dates.stream().sorted().toList(), dates, "reviews due first");
        // paging: two at a time gives the same placements in the same order
        List<String> all = new ArrayList<>();
        String after = null;
        do {
            var page = run(Tokens.of("county.officer"), "placement/placements", "regionCode", "140521901000",
                    "first", 2, "after", after).body("errors", nullValue()).extract();
            all.addAll(page.<List<String>>path("data.placements.edges.node.id"));
            after = Boolean.TRUE.equals(page.path("data.placements.pageInfo.hasNextPage"))
                    ? page.path("data.placements.pageInfo.endCursor") : null;
        } while (after != null);
        List<String> once = run(Tokens.of("county.officer"), "placement/placements", "regionCode", "140521901000",
                "first", 100).extract().path("data.placements.edges.node.id");
        assertEquals(once, all);
        assertTrue(all.contains(FIXTURE_DUE_SOON) && !all.contains(FIXTURE_OVERDUE), "演示一镇 only");
        assertTrue(auditEvents("PLACEMENT_LIST", "%" + FIXTURE_DUE_SOON + "%", "SUCCESS") >= 2, "lists audited");
    }

    @Test
    void shouldLoadThePlacementsOfAPageOfChildrenInAFixedNumberOfStatements() {
        String marker = "安置批" + TestChildren.nextNumber();
        for (int i = 0; i < 3; i++) {
            String child = registerNamed(marker + "甲乙丙".charAt(i));
            String id = record(withRelatives(child)).path("data.recordPlacement.id");
            run(Tokens.of("county.officer"), "placement/reviewPlacement", "id", id, "expectedVersion", 0, "input",
                    Map.of("finding", "照料良好")).body("errors", nullValue());
        }
        String county = Tokens.of("county.officer");
        Map<String, Object> filter = Map.of("nameContains", marker);
        run(county, "placement/childrenWithPlacements", "filter", filter, "first", 1).body("errors", nullValue());
        SqlStatementCounter.reset();
        run(county, "placement/childrenWithPlacements", "filter", filter, "first", 2)
                .body("errors", nullValue())
                .body("data.children.edges", hasSize(2))
                .body("data.children.edges.node.placements.flatten().reviews.flatten()", hasSize(2));
        int forTwo = SqlStatementCounter.count();
        SqlStatementCounter.reset();
        run(county, "placement/childrenWithPlacements", "filter", filter, "first", 3)
                .body("data.children.edges", hasSize(3))
                .body("data.children.edges.node.placements.flatten().reasons", everyItem(notNullValue()))
                .body("data.children.edges.node.placements.flatten().reviews.flatten()", hasSize(3));
        int forThree = SqlStatementCounter.count();
        assertTrue(forThree <= forTwo, "statements for 2 children: " + forTwo + ", for 3: " + forThree);
    }

    @Test
    void shouldAlertEachReviewOnceAcrossAdjacentIntervalsAndNothingOutsideThem() throws Exception {
        List<String> children = List.of(TestChildren.register().id(), TestChildren.register().id());
        LocalDate today = ChinaTime.today();
        List<LocalDate> reviews = List.of(today.plusDays(12), today.plusDays(15));
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Map<String, Object> input = withRelatives(children.get(i));
            input.put("firstReviewOn", reviews.get(i).toString());
            ids.add(record(input).path("data.recordPlacement.id"));
        }
        // a review of day D comes near at D 00:00 China time minus 7 days
        OffsetDateTime nearFirst = reviews.get(0).atStartOfDay(ChinaTime.ZONE).toOffsetDateTime().minusDays(7);
        OffsetDateTime start = nearFirst.minusDays(2).plusMinutes(17);
        List<Notice> seen = new ArrayList<>();
        OffsetDateTime from = start;
        for (int step = 0; step < 30; step++) {
            OffsetDateTime to = from.plusHours(7);
            seen.addAll(ours(alerts.noticesBetween(from, to), ids));
            from = to;
        }
        assertEquals(4, seen.size(), "two addressees for each of the two reviews: " + seen);
        for (int i = 0; i < 2; i++) {
            UUID id = UUID.fromString(ids.get(i));
            String occasion = "review:" + reviews.get(i);
            assertEquals(List.of(Addressee.roleInRegion(Roles.COUNTY_OFFICER, "140521000000"),
                    Addressee.roleInRegion(Roles.VILLAGE_DIRECTOR, TEST_VILLAGE)), seen.stream()
                            .filter(n -> n.subjectId().equals(id)).map(Notice::to).toList());
            seen.stream().filter(n -> n.subjectId().equals(id)).forEach(n -> {
                assertEquals(NotificationKind.PLACEMENT_REVIEW_DUE, n.kind());
                assertEquals(occasion, n.occasion());
            });
        }
        // the boundary: an interval ending exactly when the review comes near has it, the next one does not
        assertEquals(2, ours(alerts.noticesBetween(nearFirst.minusSeconds(1), nearFirst), ids).size());
        assertEquals(0, ours(alerts.noticesBetween(nearFirst, nearFirst.plusHours(23)), ids).size());
        assertEquals(0, ours(alerts.noticesBetween(start.minusDays(10), start), ids).size(), "before");
        assertEquals(0, ours(alerts.noticesBetween(from, from.plusDays(30)), ids).size(), "after");
        // an ended placement is not alerted
        run(Tokens.of("county.officer"), "placement/endPlacement", "id", ids.get(1), "expectedVersion", 0, "input",
                Map.of("outcome", "NEW_GUARDIAN")).body("errors", nullValue());
        assertEquals(2, ours(alerts.noticesBetween(start, from), ids).size());
        // sent, they reach the county officers' inbox once, however often sent
        List<Notice> toSend = ours(alerts.noticesBetween(start, from), ids);
        for (int round = 0; round < 2; round++) {
            QuarkusTransaction.requiringNew().run(() -> toSend.forEach(notifications::send));
        }
        assertEquals(2L, Database.count("notification where subject_id = '" + ids.get(0)
                + "' and kind = 'PLACEMENT_REVIEW_DUE'"));
        run(Tokens.of("county.officer"), "notification/notifications", "first", 100)
                .body("data.notifications.edges.find { it.node.subjectId == '" + ids.get(0) + "' }.node.kind",
                        equalTo("PLACEMENT_REVIEW_DUE"));
    }

    @Test
    void shouldAlertAReviewThatIsNearAlreadyWhenRecordedOnceWhateverTheJobFindsLater() throws Exception {
        String child = TestChildren.register().id();
        LocalDate review = ChinaTime.today().plusDays(3);
        Map<String, Object> input = withRelatives(child);
        input.put("firstReviewOn", review.toString());
        String id = record(input).path("data.recordPlacement.id");
        String written = "notification where subject_id = '" + id + "' and kind = 'PLACEMENT_REVIEW_DUE'"
                + " and occasion = 'review:" + review + "'";
        assertEquals(1L, Database.count(written + " and to_role = 'county-officer'"
                + " and to_region_code = '140521000000'"));
        assertEquals(1L, Database.count(written + " and to_role = 'village-director' and to_region_code = '"
                + TEST_VILLAGE + "'"));
        OffsetDateTime near = review.atStartOfDay(ChinaTime.ZONE).toOffsetDateTime().minusDays(7);
        List<Notice> late = ours(alerts.noticesBetween(near.minusHours(1), near), List.of(id));
        assertEquals(2, late.size());
        QuarkusTransaction.requiringNew().run(() -> late.forEach(notifications::send));
        assertEquals(2L, Database.count(written), "the job's notices are the same alerts");
        // a review far off alerts nothing now
        String far = TestChildren.register().id();
        String farId = record(withRelatives(far)).path("data.recordPlacement.id");
        assertEquals(0L, Database.count("notification where subject_id = '" + farId + "'"));
    }

    @Test
    void shouldBeAlertedByTheDeadlineJobOnceWhenTheReviewComesNear() throws Exception {
        DeadlineJobRuns job = new DeadlineJobRuns(clock, deadlineAlerts);
        try {
            job.startNow();
            String child = TestChildren.register().id();
            LocalDate review = ChinaTime.today().plusDays(10);
            Map<String, Object> input = withRelatives(child);
            input.put("firstReviewOn", review.toString());
            String id = record(input).path("data.recordPlacement.id");
            String written = "notification where subject_id = '" + id + "' and kind = 'PLACEMENT_REVIEW_DUE'";
            OffsetDateTime near = review.atStartOfDay(ChinaTime.ZONE).toOffsetDateTime().minusDays(7);
            job.runAt(near.minusSeconds(1));
            assertEquals(0L, Database.count(written), "not yet near");
            job.runAt(near.plusMinutes(1));
            assertEquals(2L, Database.count(written + " and occasion = 'review:" + review + "'"));
            job.runAt(near.plusHours(5));
            assertEquals(2L, Database.count(written), "once");
            run(Tokens.of("county.officer"), "notification/notifications", "first", 100)
                    .body("data.notifications.edges.find { it.node.subjectId == '" + id + "' }.node.kind",
                            equalTo("PLACEMENT_REVIEW_DUE"));
        } finally {
            clock.reset();
        }
    }

    private static List<Notice> ours(List<Notice> notices, List<String> ids) {
        return notices.stream().filter(n -> ids.contains(n.subjectId().toString())).toList();
    }

    private static String registerNamed(String name) {
        String idNumber = org.tonghu.child.NationalIdNumber.withCheckCharacter("14052120140709"
                + String.format("%03d", TestChildren.nextNumber()));
        return run(Tokens.of("county.officer"), "child/createChild", "input", Map.of("name", name, "gender",
                "MALE", "birthDate", "2014-07-09", "idNumber", idNumber, "residenceVillageCode", TEST_VILLAGE,
                "categories", List.of("LEFT_BEHIND"), "riskFactors", List.of(), "schoolStatus", "IN_SCHOOL"))
                .body("errors", nullValue()).extract().path("data.createChild.id");
    }

    private static String villageOf(String childId) {
        try (Connection connection = Database.asService(); PreparedStatement statement = connection.prepareStatement(
                "select residence_village_code from child where id = ?")) {
            statement.setObject(1, UUID.fromString(childId));
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long auditEvents(String operation, String recordIds, String result) throws SQLException {
        try (Connection connection = Database.asService(); PreparedStatement statement = connection.prepareStatement(
                "select count(*) from audit_event where operation = ? and record_ids like ? and result = ?")) {
            statement.setString(1, operation);
            statement.setString(2, recordIds);
            statement.setString(3, result);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}

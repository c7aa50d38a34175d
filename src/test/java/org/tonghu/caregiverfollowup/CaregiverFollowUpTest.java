package org.tonghu.caregiverfollowup;

import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
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
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
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

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.tonghu.notification.Addressee;
import org.tonghu.notification.Notice;
import org.tonghu.notification.NotificationKind;
import org.tonghu.notification.NotificationService;
import org.tonghu.security.Roles;
import org.tonghu.testing.Database;
import org.tonghu.testing.LocalModeTestResource;
import org.tonghu.testing.MovableClock;
import org.tonghu.testing.SqlStatementCounter;
import org.tonghu.testing.Tokens;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/**
 * Caregiver unable to care (policy §5): a visit that finds the caregiver unable opens one follow-up (also under two
 * concurrent visits) and alerts the village's directors and the township's supervisors; the three steps, the
 * resolution, the deadline alerts through the source (each once across adjacent intervals), who sees and changes what,
 * the audit and bad input.
 */
@QuarkusTest
@QuarkusTestResource(LocalModeTestResource.class)
class CaregiverFollowUpTest {

    static final String EAST_VILLAGE = "140521901201";
    static final String DIRECTOR = "village.director";

    @Inject
    MovableClock clock;

    @Inject
    CaregiverFollowUpDeadlines deadlines;

    @Inject
    NotificationService notifications;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** A child of 东村 (the demo director's village), registered by the director. */
    static String newChild() {
        return run(Tokens.of(DIRECTOR), "child/createChild", "input", Map.of("name", "照护测试儿童", "gender", "MALE",
                "birthDate", "2015-03-02", "residenceVillageCode", EAST_VILLAGE, "categories", List.of("LEFT_BEHIND"),
                "riskFactors", List.of(), "schoolStatus", "IN_SCHOOL"))
                .body("errors", nullValue()).extract().path("data.createChild.id");
    }

    static ValidatableResponse visit(String token, String childId, Boolean caregiverAble) {
        Map<String, Object> input = new HashMap<>();
        input.put("kind", "CONTACT");
        input.put("contactMode", "PHONE");
        input.put("visitedAt", OffsetDateTime.now().minusHours(1).toString());
        input.put("guardianship", Map.of("caregiverAble", caregiverAble, "caregiverWilling", true, "note",
                "祖母住院，无法照料"));
        return run(token, "caregiverfollowup/recordVisit", "childId", childId, "input", input);
    }

    static ValidatableResponse followUpsOf(String token, String childId) {
        return run(token, "caregiverfollowup/childFollowUps", "id", childId);
    }

    /** The one follow-up of a child (asserted to be one), as the director sees it. */
    static Map<String, Object> onlyFollowUp(String childId) {
        List<Map<String, Object>> found = followUpsOf(Tokens.of(DIRECTOR), childId).body("errors", nullValue())
                .extract().path("data.child.caregiverFollowUps");
        assertEquals(1, found.size(), "follow-ups of the child");
        return found.get(0);
    }

    static Map<String, Object> contact(OffsetDateTime at) {
        Map<String, Object> input = new HashMap<>();
        input.put("contactedAt", at.toString());
        input.put("mode", "VIDEO");
        input.put("personReached", "父亲");
        input.put("response", "父亲下周回乡照顾孩子");
        return input;
    }

    static String newGuardianOf(String childId) {
        String token = Tokens.of(DIRECTOR);
        String guardian = run(token, "guardian/createGuardian", "input", Map.of("name", "王伯", "worksAway", false,
                "capacity", "ABLE", "regionCode", EAST_VILLAGE)).body("errors", nullValue())
                .extract().path("data.createGuardian.id");
        run(token, "guardian/linkGuardian", "childId", childId, "guardianId", guardian, "relationship",
                "OTHER_RELATIVE").body("errors", nullValue());
        return guardian;
    }

    static long count(String sql, Object... parameters) throws SQLException {
        try (Connection connection = Database.asService();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    @Test
    void shouldOpenOneFollowUpDueInFifteenDaysAndAlertTheDirectorsAndSupervisors() throws SQLException {
        String child = newChild();
        visit(Tokens.of(DIRECTOR), child, true).body("errors", nullValue());
        followUpsOf(Tokens.of(DIRECTOR), child).body("data.child.caregiverFollowUps", empty());
        String visitId = visit(Tokens.of(DIRECTOR), child, false).body("errors", nullValue())
                .extract().path("data.recordVisit.visit.id");
        Map<String, Object> followUp = onlyFollowUp(child);
        assertEquals("OPEN", followUp.get("status"));
        assertEquals(visitId, followUp.get("visitId"));
        assertEquals(false, followUp.get("overdue"));
        assertEquals(Duration.ofDays(15), Duration.between(OffsetDateTime.parse((String) followUp.get("openedAt")),
                OffsetDateTime.parse((String) followUp.get("dueAt"))));
        // a second unable-to-care visit while it is open opens nothing
        visit(Tokens.of(DIRECTOR), child, false).body("errors", nullValue());
        onlyFollowUp(child);
        String id = (String) followUp.get("id");
        for (String reader : List.of(DIRECTOR, "township.supervisor")) {
            run(Tokens.of(reader), "notification/notifications", "first", 100)
                    .body("data.notifications.edges.findAll { it.node.subjectId == '" + id + "' }.node.kind",
                            equalTo(List.of("CAREGIVER_FOLLOW_UP_OPENED")));
        }
        run(Tokens.of("womens.federation"), "notification/notifications", "first", 100)
                .body("data.notifications.edges.node.subjectId", not(hasItem(id)));
        assertEquals(1, count("select count(*) from audit_event where operation = 'CAREGIVER_FOLLOW_UP_OPEN'"
                + " and record_ids = ? and result = 'SUCCESS'", id));
    }

    @Test
    void shouldOpenExactlyOneFollowUpForTwoConcurrentUnableToCareVisits() throws Exception {
        String child = newChild();
        String token = Tokens.of(DIRECTOR);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<String>> visits = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                visits.add(pool.submit(() -> {
                    start.await();
                    return visit(token, child, false).body("errors", nullValue()).extract()
                            .<String>path("data.recordVisit.visit.id");
                }));
            }
            start.countDown();
            for (Future<String> visit : visits) {
                assertTrue(visit.get() != null);
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(2, count("select count(*) from visit where child_id = ?", UUID.fromString(child)));
        assertEquals(1, count("select count(*) from caregiver_follow_up where child_id = ?", UUID.fromString(child)));
        assertEquals(2, count("select count(*) from notification where subject_id = (select id from"
                + " caregiver_follow_up where child_id = ?)", UUID.fromString(child)), "one alert per inbox");
    }

    @Test
    void shouldRecordTheStepsAndResolveThenOpenANewOneOnTheNextUnableVisit() throws SQLException {
        String child = newChild();
        String token = Tokens.of(DIRECTOR);
        String grandmother = newGuardianOf(child);
        Database.execute("update child_guardian set entrusted_caregiver = true where guardian_id = '" + grandmother
                + "'");
        visit(token, child, false).body("errors", nullValue());
        Map<String, Object> followUp = onlyFollowUp(child);
        String id = (String) followUp.get("id");
        OffsetDateTime openedAt = OffsetDateTime.parse((String) followUp.get("openedAt"));
        run(token, "caregiverfollowup/resolveCaregiverFollowUp", "id", id, "expectedVersion", 0, "resolution", "已解决")
                .body("errors[0].extensions.code", equalTo("VALIDATION_FAILED"))
                .body("errors[0].extensions.problems[0].code", equalTo("FOLLOW_UP_STEPS_INCOMPLETE"));
        int version = run(token, "caregiverfollowup/contactParents", "followUpId", id, "expectedVersion", 0, "input",
                contact(openedAt.plusMinutes(1))).body("errors", nullValue())
                .body("data.contactParents.parentsContact.mode", equalTo("VIDEO"))
                .body("data.contactParents.parentsContact.personReached", equalTo("父亲"))
                .body("data.contactParents.parentsContact.recordedByName", equalTo("沁水演示一镇东村 儿童主任 陈静"))
                .body("data.contactParents.status", equalTo("OPEN"))
                .extract().path("data.contactParents.version");
        // a stale version is a conflict and changes nothing
        run(token, "caregiverfollowup/contactParents", "followUpId", id, "expectedVersion", 0, "input",
                contact(openedAt.plusMinutes(2))).body("errors[0].extensions.code", equalTo("CONFLICT"));
        String guardian = newGuardianOf(child);
        version = run(token, "caregiverfollowup/chooseCaregiver", "followUpId", id, "expectedVersion", version,
                "input", Map.of("decision", "NEW_CAREGIVER", "guardianId", guardian, "note", "由伯父照料"))
                .body("errors", nullValue())
                .body("data.chooseCaregiver.caregiverChoice.decision", equalTo("NEW_CAREGIVER"))
                .body("data.chooseCaregiver.caregiverChoice.guardianId", equalTo(guardian))
                .extract().path("data.chooseCaregiver.version");
        // the chosen guardian is now the child's entrusted caregiver, and the one who could not care no longer
        assertEquals(1, count("select count(*) from child_guardian where child_id = ? and entrusted_caregiver",
                UUID.fromString(child)));
        assertEquals(1, count("select count(*) from child_guardian where child_id = ? and guardian_id = ?"
                + " and entrusted_caregiver", UUID.fromString(child), UUID.fromString(guardian)));
        run(token, "caregiverfollowup/resolveCaregiverFollowUp", "id", id, "expectedVersion", version,
                "resolution", "伯父已接手照料，父亲每周视频")
                .body("errors", nullValue())
                .body("data.resolveCaregiverFollowUp.status", equalTo("RESOLVED"))
                .body("data.resolveCaregiverFollowUp.resolution", equalTo("伯父已接手照料，父亲每周视频"))
                .body("data.resolveCaregiverFollowUp.resolvedAt", notNullValue())
                .body("data.resolveCaregiverFollowUp.overdue", equalTo(false));
        int resolvedVersion = version + 1;
        run(token, "caregiverfollowup/contactParents", "followUpId", id, "expectedVersion", resolvedVersion, "input",
                contact(openedAt.plusMinutes(3)))
                .body("errors[0].extensions.problems[0].code", equalTo("FOLLOW_UP_RESOLVED"));
        for (String operation : List.of("CAREGIVER_FOLLOW_UP_CONTACT", "CAREGIVER_FOLLOW_UP_CHOOSE",
                "CAREGIVER_FOLLOW_UP_RESOLVE")) {
            assertEquals(1, count("select count(*) from audit_event where operation = ? and record_ids = ?"
                    + " and result = 'SUCCESS'", operation, id), operation);
        }
        assertEquals(1, count("select count(*) from audit_event where operation = 'CAREGIVER_FOLLOW_UP_CONTACT'"
                + " and record_ids = ? and result = 'CONFLICT'", id));
        // resolved: the next unable-to-care visit opens a new one
        visit(token, child, false).body("errors", nullValue());
        followUpsOf(token, child).body("data.child.caregiverFollowUps", hasSize(2))
                .body("data.child.caregiverFollowUps[0].status", equalTo("OPEN"))
                .body("data.child.caregiverFollowUps[1].status", equalTo("RESOLVED"));
    }

    @Test
    void shouldOpenAFollowUpWhenACorrectionFindsTheCaregiverUnable() {
        String child = newChild();
        String token = Tokens.of(DIRECTOR);
        String original = visit(token, child, true).body("errors", nullValue()).extract()
                .path("data.recordVisit.visit.id");
        followUpsOf(token, child).body("data.child.caregiverFollowUps", empty());
        Map<String, Object> input = new HashMap<>();
        input.put("kind", "CONTACT");
        input.put("contactMode", "PHONE");
        input.put("visitedAt", OffsetDateTime.now().minusHours(1).toString());
        input.put("guardianship", Map.of("caregiverAble", false));
        String correction = run(token, "visit/correctVisit", "id", original, "expectedVersion", 0, "input", input,
                "reason", "记录有误：祖母实际无法照料").body("errors", nullValue())
                .extract().path("data.correctVisit.visit.id");
        assertEquals(correction, onlyFollowUp(child).get("visitId"));
    }

    @Test
    void shouldTakeTheParentsContactAsNowWhenNoTimeIsGiven() {
        String child = newChild();
        visit(Tokens.of(DIRECTOR), child, false).body("errors", nullValue());
        String id = (String) onlyFollowUp(child).get("id");
        OffsetDateTime before = OffsetDateTime.now().minusSeconds(5);
        String contactedAt = run(Tokens.of(DIRECTOR), "caregiverfollowup/contactParents", "followUpId", id,
                "expectedVersion", 0, "input", Map.of("mode", "MESSAGE", "personReached", "母亲"))
                .body("errors", nullValue()).extract().path("data.contactParents.parentsContact.contactedAt");
        assertTrue(!OffsetDateTime.parse(contactedAt).isBefore(before), contactedAt);
    }

    @Test
    void shouldKeepTheCurrentCaregiverOnlyWithASupportNote() {
        String child = newChild();
        String token = Tokens.of("township.supervisor");
        visit(Tokens.of(DIRECTOR), child, false).body("errors", nullValue());
        String id = (String) onlyFollowUp(child).get("id");
        run(token, "caregiverfollowup/chooseCaregiver", "followUpId", id, "expectedVersion", 0, "input",
                Map.of("decision", "CURRENT_CAREGIVER_STAYS"))
                .body("errors[0].extensions.problems.code", hasItem("SUPPORT_NOTE_REQUIRED"));
        run(token, "caregiverfollowup/chooseCaregiver", "followUpId", id, "expectedVersion", 0, "input",
                Map.of("decision", "CURRENT_CAREGIVER_STAYS", "note", "村里安排邻居每日送餐"))
                .body("errors", nullValue())
                .body("data.chooseCaregiver.caregiverChoice.decision", equalTo("CURRENT_CAREGIVER_STAYS"))
                .body("data.chooseCaregiver.caregiverChoice.guardianId", nullValue())
                .body("data.chooseCaregiver.caregiverChoice.chosenByName", equalTo("沁水演示一镇 儿童督导员 刘芳"));
    }

    @Test
    void shouldRefuseBadInputWithCodesAndWriteNothing() throws SQLException {
        String child = newChild();
        String token = Tokens.of(DIRECTOR);
        visit(token, child, false).body("errors", nullValue());
        String id = (String) onlyFollowUp(child).get("id");
        String otherChild = newChild();
        String strangerGuardian = newGuardianOf(otherChild);
        run(token, "caregiverfollowup/chooseCaregiver", "followUpId", id, "expectedVersion", 0, "input",
                Map.of("decision", "NEW_CAREGIVER", "guardianId", strangerGuardian))
                .body("errors[0].extensions.problems.code", equalTo(List.of("GUARDIAN_NOT_OF_CHILD")));
        run(token, "caregiverfollowup/chooseCaregiver", "followUpId", id, "expectedVersion", 0, "input",
                Map.of("decision", "NEW_CAREGIVER"))
                .body("errors[0].extensions.problems.code", equalTo(List.of("GUARDIAN_REQUIRED")));
        run(token, "caregiverfollowup/chooseCaregiver", "followUpId", id, "expectedVersion", 0, "input",
                Map.of("decision", "CURRENT_CAREGIVER_STAYS", "guardianId", strangerGuardian, "note", "有支持"))
                .body("errors[0].extensions.problems.code", equalTo(List.of("GUARDIAN_NOT_EXPECTED")));
        Map<String, Object> future = contact(OffsetDateTime.now().plusDays(1));
        future.put("personReached", " ");
        run(token, "caregiverfollowup/contactParents", "followUpId", id, "expectedVersion", 0, "input", future)
                .body("errors[0].extensions.code", equalTo("VALIDATION_FAILED"))
                .body("errors[0].extensions.problems.field",
                        equalTo(List.of("input.personReached", "input.contactedAt")))
                .body("errors[0].extensions.problems[1].code", equalTo("CONTACTED_AT_INVALID"));
        run(token, "caregiverfollowup/contactParents", "followUpId", id, "expectedVersion", 0, "input",
                contact(OffsetDateTime.now().minusDays(3)))
                .body("errors[0].extensions.problems.code", equalTo(List.of("CONTACTED_AT_INVALID")));
        run(token, "caregiverfollowup/contactParents", "followUpId", "not-an-id", "expectedVersion", 0, "input",
                contact(OffsetDateTime.now())).body("errors[0].extensions.code", equalTo("VALIDATION_FAILED"));
        run(token, "caregiverfollowup/caregiverFollowUps", "regionCode", "1405")
                .body("errors[0].extensions.code", equalTo("VALIDATION_FAILED"));
        Map<String, Object> unchanged = onlyFollowUp(child);
        assertEquals(0, unchanged.get("version"));
        assertEquals(null, unchanged.get("parentsContact"));
        assertEquals(null, unchanged.get("caregiverChoice"));
    }

    @Test
    void shouldShowAndChangeFollowUpsOnlyForThoseWhoKeepTheChildsFile() throws SQLException {
        String child = newChild();
        visit(Tokens.of(DIRECTOR), child, false).body("errors", nullValue());
        String id = (String) onlyFollowUp(child).get("id");
        for (String keeper : List.of(DIRECTOR, "township.supervisor", "county.officer", "city.officer")) {
            run(Tokens.of(keeper), "caregiverfollowup/caregiverFollowUps", "first", 100)
                    .body("errors", nullValue())
                    .body("data.caregiverFollowUps.edges.node.id", hasItem(id))
                    .body("data.caregiverFollowUps.edges.find { it.node.id == '" + id + "' }.node.child.id",
                            equalTo(child));
        }
        run(Tokens.of(DIRECTOR), "caregiverfollowup/caregiverFollowUps", "status", "OPEN", "regionCode",
                "140521902000", "first", 100).body("data.caregiverFollowUps.edges.node.id", not(hasItem(id)));
        // another county's officer: none listed, and the follow-up is unknown
        String yangcheng = Tokens.of("county.officer.yangcheng");
        run(yangcheng, "caregiverfollowup/caregiverFollowUps", "first", 100)
                .body("data.caregiverFollowUps.edges.node.id", not(hasItem(id)));
        run(yangcheng, "caregiverfollowup/contactParents", "followUpId", id, "expectedVersion", 0, "input",
                contact(OffsetDateTime.now())).body("errors[0].extensions.code",
                        equalTo("CAREGIVER_FOLLOW_UP_NOT_FOUND"));
        assertEquals(1, count("select count(*) from audit_event where operation = 'CAREGIVER_FOLLOW_UP_CONTACT'"
                + " and record_ids = ? and result = 'NOT_FOUND'", id));
        // partners: nothing
        String partner = Tokens.of("womens.federation");
        run(partner, "caregiverfollowup/caregiverFollowUps", "first", 100)
                .body("data", nullValue()).body("errors[0].extensions.code", notNullValue());
        run(partner, "caregiverfollowup/contactParents", "followUpId", id, "expectedVersion", 0, "input",
                contact(OffsetDateTime.now())).body("data", nullValue());
        assertEquals(0, onlyFollowUp(child).get("version"));
        assertTrue(count("select count(*) from audit_event where operation = 'CAREGIVER_FOLLOW_UP_LIST'"
                + " and record_ids like ?", "%" + id + "%") >= 4, "every listing is audited");
        assertTrue(count("select count(*) from audit_event where operation = 'CAREGIVER_FOLLOW_UP_READ'"
                + " and record_ids = ?", id) >= 1, "the child's follow-ups read are audited");
    }

    @Test
    void shouldReadTheFollowUpsOfManyChildrenInAFixedNumberOfStatements() {
        String token = Tokens.of(DIRECTOR);
        for (int i = 0; i < 6; i++) {
            visit(token, newChild(), false).body("errors", nullValue());
        }
        Map<String, Object> filter = Map.of("regionCode", EAST_VILLAGE);
        run(token, "caregiverfollowup/childrenFollowUps", "filter", filter, "first", 1).body("errors", nullValue());
        SqlStatementCounter.reset();
        run(token, "caregiverfollowup/childrenFollowUps", "filter", filter, "first", 2)
                .body("data.children.edges", hasSize(2));
        int forTwo = SqlStatementCounter.count();
        SqlStatementCounter.reset();
        run(token, "caregiverfollowup/childrenFollowUps", "filter", filter, "first", 6)
                .body("data.children.edges", hasSize(6));
        int forSix = SqlStatementCounter.count();
        assertTrue(forSix <= forTwo, "statements for 2 children: " + forTwo + ", for 6: " + forSix);
    }

    @Test
    void shouldGiveEachDeadlineNoticeOnceAcrossAdjacentIntervals() throws SQLException {
        OffsetDateTime opened = OffsetDateTime.now(ZoneOffset.ofHours(8)).truncatedTo(ChronoUnit.SECONDS);
        clock.stopAt(opened);
        String child = newChild();
        visit(Tokens.of(DIRECTOR), child, false).body("errors", nullValue());
        clock.reset();
        String id = (String) onlyFollowUp(child).get("id");
        OffsetDateTime due = opened.plusDays(15);
        OffsetDateTime near = due.minusDays(2);
        // the job's runs: adjacent intervals from the opening to past the deadline, one of them ending at "near"
        List<OffsetDateTime> marks = List.of(opened, near.minusHours(1), near, near.plusSeconds(1), due.minusHours(3),
                due.minusNanos(1000), due.plusHours(1), due.plusDays(3));
        List<Notice> ofThis = new ArrayList<>();
        for (int i = 1; i < marks.size(); i++) {
            OffsetDateTime from = marks.get(i - 1);
            OffsetDateTime to = marks.get(i);
            List<Notice> notices = QuarkusTransaction.requiringNew().call(() -> deadlines.noticesBetween(from, to));
            for (Notice notice : notices) {
                if (notice.subjectId().toString().equals(id)) {
                    ofThis.add(notice);
                    String expected = notice.kind() == NotificationKind.DEADLINE_NEAR ? "near" : "passed";
                    assertEquals(expected, notice.occasion());
                    assertTrue(notice.kind() == NotificationKind.DEADLINE_NEAR ? near.isAfter(from)
                            && !near.isAfter(to) : due.isAfter(from) && !due.isAfter(to),
                            notice.kind() + " in (" + from + ", " + to + "]");
                }
            }
        }
        assertEquals(List.of(NotificationKind.DEADLINE_NEAR, NotificationKind.DEADLINE_PASSED),
                ofThis.stream().map(Notice::kind).toList());
        for (Notice notice : ofThis) {
            assertEquals("CAREGIVER_FOLLOW_UP", notice.subjectType());
            assertEquals(due.toInstant(), notice.dueAt().toInstant());
            assertEquals(Addressee.roleInRegion(Roles.VILLAGE_DIRECTOR, EAST_VILLAGE),
                    notice.to());
            assertTrue(QuarkusTransaction.requiringNew().call(() -> notifications.send(notice)));
        }
        run(Tokens.of(DIRECTOR), "notification/notifications", "first", 100)
                .body("data.notifications.edges.findAll { it.node.subjectId == '" + id + "' }.node.kind",
                        equalTo(List.of("DEADLINE_PASSED", "DEADLINE_NEAR", "CAREGIVER_FOLLOW_UP_OPENED")));
        // the deadline passed: the follow-up reads as overdue; once resolved, no more notices
        clock.stopAt(due.plusMinutes(1));
        followUpsOf(Tokens.of(DIRECTOR), child).body("data.child.caregiverFollowUps[0].overdue", equalTo(true));
        clock.reset();
        resolveNow(id, child);
        List<Notice> afterResolution = QuarkusTransaction.requiringNew()
                .call(() -> deadlines.noticesBetween(opened, due.plusDays(3)));
        assertTrue(afterResolution.stream().noneMatch(notice -> notice.subjectId().toString().equals(id)));
    }

    private static void resolveNow(String id, String child) {
        String token = Tokens.of(DIRECTOR);
        OffsetDateTime openedAt = OffsetDateTime.parse((String) onlyFollowUp(child).get("openedAt"));
        int version = run(token, "caregiverfollowup/contactParents", "followUpId", id, "expectedVersion", 0, "input",
                contact(openedAt.plusMinutes(1))).body("errors", nullValue()).extract()
                .path("data.contactParents.version");
        version = run(token, "caregiverfollowup/chooseCaregiver", "followUpId", id, "expectedVersion", version,
                "input", Map.of("decision", "CURRENT_CAREGIVER_STAYS", "note", "祖母出院后可照料"))
                .body("errors", nullValue()).extract().path("data.chooseCaregiver.version");
        run(token, "caregiverfollowup/resolveCaregiverFollowUp", "id", id, "expectedVersion", version,
                "resolution", "祖母已出院").body("errors", nullValue());
    }
}

package org.tonghu.visit;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.tonghu.testing.GraphQLClient.run;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.tonghu.testing.Database;
import org.tonghu.testing.Fixtures;
import org.tonghu.testing.LocalModeTestResource;
import org.tonghu.testing.Tokens;
import org.tonghu.time.ChinaTime;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Recording and correcting visits, with concerns, through the graph: schedule, scope, validation and audit. */
@QuarkusTest
@QuarkusTestResource(LocalModeTestResource.class)
class VisitTest {

    static final LocalDate TODAY = LocalDate.now(ChinaTime.ZONE);

    static Map<String, Object> visit(String kind, String mode, OffsetDateTime at) {
        Map<String, Object> input = new HashMap<>();
        input.put("kind", kind);
        if (mode != null) {
            input.put("contactMode", mode);
        }
        input.put("visitedAt", at.toString());
        return input;
    }

    /** 10:00 in China on that day; for today before 10:00, today's midnight (a visit may not lie in the future). */
    static OffsetDateTime at(LocalDate day) {
        OffsetDateTime tenOClock = day.atTime(10, 0).atOffset(ZoneOffset.ofHours(8));
        return tenOClock.isAfter(OffsetDateTime.now()) ? day.atStartOfDay().atOffset(ZoneOffset.ofHours(8)) : tenOClock;
    }

    static String createChild(String token, String village, String registeredOn, List<String> riskFactors) {
        return run(token, "child/createChild", "input", Map.of("name", "走访测试儿童", "gender", "FEMALE", "birthDate",
                "2016-05-01", "residenceVillageCode", village, "categories", List.of("LEFT_BEHIND"), "riskFactors",
                riskFactors, "schoolStatus", "IN_SCHOOL", "registeredOn", registeredOn))
                .body("errors", nullValue()).extract().path("data.createChild.id");
    }

    static long count(String sql) throws SQLException {
        try (Connection connection = Database.asService(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    static LocalDate endOfMonth(LocalDate day) {
        return day.withDayOfMonth(day.lengthOfMonth());
    }

    static LocalDate endOfQuarter(LocalDate day) {
        LocalDate start = day.withDayOfMonth(1).withMonth((day.getMonthValue() - 1) / 3 * 3 + 1);
        return start.plusMonths(3).minusDays(1);
    }

    @Nested
    class AsDirector {

        private final String token = Tokens.of("village.director");

        @Test
        void shouldRecordAHomeVisitThatAlsoCountsAsTheContactAndRaiseItsConcern() throws SQLException {
            String child = createChild(token, "140521901201", "2025-01-10", List.of());
            run(token, "schedule/childSchedule", "id", child)
                    .body("data.child.visitSchedule.contactOverdue", equalTo(true))
                    .body("data.child.visitSchedule.urgency", equalTo("OVERDUE"));
            long audited = count("select count(*) from audit_event where operation = 'VISIT_RECORD'");
            Map<String, Object> input = visit("HOME_VISIT", null, at(TODAY));
            input.put("personsMet", "儿童、祖母");
            input.put("emotional", Map.of("rating", "NEEDS_ATTENTION", "note", "想念父母"));
            input.put("guardianship", Map.of("caregiverAble", true, "caregiverWilling", true));
            input.put("concerns", List.of(Map.of("category", "PSYCHOLOGICAL", "severity", "MEDIUM", "description",
                    "情绪低落，需要心理疏导")));
            String visitId = run(token, "visit/recordVisit", "childId", child, "input", input)
                    .body("errors", nullValue())
                    .body("data.recordVisit.visit.contactMode", equalTo("IN_HOME"))
                    .body("data.recordVisit.visit.visitorRole", equalTo("DIRECTOR"))
                    .body("data.recordVisit.visit.visitedOn", equalTo(TODAY.toString()))
                    .body("data.recordVisit.concerns[0].status", equalTo("OPEN"))
                    .body("data.recordVisit.concerns[0].raisedOn", equalTo(TODAY.toString()))
                    .extract().path("data.recordVisit.visit.id");
            run(token, "schedule/childSchedule", "id", child)
                    .body("data.child.visitSchedule.lastContactOn", equalTo(TODAY.toString()))
                    .body("data.child.visitSchedule.lastHomeVisitOn", equalTo(TODAY.toString()))
                    .body("data.child.visitSchedule.contactDueOn", equalTo(endOfMonth(TODAY.plusMonths(1)).toString()))
                    .body("data.child.visitSchedule.homeVisitDueOn",
                            equalTo(endOfQuarter(endOfQuarter(TODAY).plusDays(1)).toString()))
                    .body("data.child.visitSchedule.contactOverdue", equalTo(false))
                    .body("data.child.visitSchedule.urgency", equalTo("LATER"));
            run(token, "visit/childFile", "childId", child)
                    .body("errors", nullValue())
                    .body("data.childFile.visits.edges.node.id", hasItem(visitId))
                    .body("data.childFile.concerns.edges[0].node.visitId", equalTo(visitId))
                    .body("data.childFile.visitSchedule.urgency", equalTo("LATER"));
            run(token, "concern/concerns").body("data.concerns.edges.node.childId", hasItem(child));
            assertEquals(audited + 1, count("select count(*) from audit_event where operation = 'VISIT_RECORD'"));
        }

        @Test
        void shouldKeepTheOriginalWhenAVisitIsCorrected() {
            String child = createChild(token, "140521901201", "2025-01-10", List.of());
            String original = run(token, "visit/recordVisit", "childId", child, "input",
                    visit("CONTACT", "PHONE", at(TODAY.minusDays(3))))
                    .body("errors", nullValue()).extract().path("data.recordVisit.visit.id");
            run(token, "visit/correctVisit", "id", original, "expectedVersion", 1, "input",
                    visit("HOME_VISIT", null, at(TODAY.minusDays(3))), "reason", "其实是入户走访")
                    .body("errors[0].extensions.code", equalTo("CONFLICT"));
            String correction = run(token, "visit/correctVisit", "id", original, "expectedVersion", 0, "input",
                    visit("HOME_VISIT", null, at(TODAY.minusDays(3))), "reason", "其实是入户走访")
                    .body("errors", nullValue())
                    .body("data.correctVisit.visit.supersedesId", equalTo(original))
                    .body("data.correctVisit.visit.kind", equalTo("HOME_VISIT"))
                    .extract().path("data.correctVisit.visit.id");
            run(token, "visit/correctVisit", "id", original, "expectedVersion", 1, "input",
                    visit("CONTACT", "VIDEO", at(TODAY.minusDays(3))), "reason", "再次更正记录")
                    .body("errors[0].extensions.code", equalTo("CONFLICT"));
            run(token, "visit/childFile", "childId", child)
                    .body("data.childFile.visits.edges.node.id", containsInAnyOrder(correction));
            run(token, "visit/childFile", "childId", child, "includeCorrected", true)
                    .body("data.childFile.visits.edges.node.id", containsInAnyOrder(correction, original))
                    .body("data.childFile.visits.edges.find { it.node.id == '" + original + "' }.node.supersededById",
                            equalTo(correction));
            run(token, "schedule/childSchedule", "id", child)
                    .body("data.child.visitSchedule.lastHomeVisitOn", equalTo(TODAY.minusDays(3).toString()));
        }

        @Test
        void shouldNotRecordAVisitOutsideTheirVillage() throws SQLException {
            long visits = count("select count(*) from visit");
            run(token, "visit/recordVisit", "childId", Fixtures.CHILD_QINSHUI_OTHER_TOWNSHIP, "input",
                    visit("CONTACT", "PHONE", at(TODAY)))
                    .body("errors[0].extensions.code", equalTo("CHILD_NOT_FOUND"))
                    .body("data", nullValue());
            assertEquals(visits, count("select count(*) from visit"));
        }

        @Test
        void shouldRejectBadInputWithCodesAndWriteNothing() throws SQLException {
            long visits = count("select count(*) from visit");
            long concerns = count("select count(*) from concern");
            Map<String, Object> input = visit("CONTACT", "IN_HOME", OffsetDateTime.now().plusDays(2));
            input.put("evidenceReferences", java.util.Collections.nCopies(11, "photo-1"));
            input.put("concerns", List.of(Map.of("category", "SAFETY", "severity", "HIGH", "description", " ")));
            run(token, "visit/recordVisit", "childId", Fixtures.CHILD_QINSHUI_EAST_1, "input", input)
                    .body("errors[0].extensions.code", equalTo("VALIDATION_FAILED"))
                    .body("errors[0].extensions.problems.code", hasItems("CONTACT_MODE_INVALID", "VISITED_AT_INVALID",
                            "TOO_MANY_EVIDENCE_REFERENCES", "REQUIRED"))
                    .body("errors[0].extensions.problems.field", hasItem("input.concerns[0].description"));
            Map<String, Object> beforeBirth = visit("HOME_VISIT", null, at(LocalDate.of(2010, 1, 1)));
            run(token, "visit/recordVisit", "childId", Fixtures.CHILD_QINSHUI_EAST_1, "input", beforeBirth)
                    .body("errors[0].extensions.problems.code", hasItem("VISITED_AT_INVALID"));
            assertEquals(visits, count("select count(*) from visit"));
            assertEquals(concerns, count("select count(*) from concern"));
        }

        @Test
        void shouldHoldAChildWhoBecomesHighRiskToTheMonthlyHomeVisitFromNow() {
            String child = createChild(token, "140521901201", "2024-01-10", List.of());
            LocalDate quarterStart = endOfQuarter(TODAY).minusMonths(3).plusDays(1);
            run(token, "visit/recordVisit", "childId", child, "input", visit("HOME_VISIT", null, at(quarterStart)))
                    .body("errors", nullValue());
            run(token, "schedule/childSchedule", "id", child)
                    .body("data.child.visitSchedule.homeVisitDueOn",
                            equalTo(endOfQuarter(endOfQuarter(TODAY).plusDays(1)).toString()));
            run(token, "child/updateChild", "id", child, "expectedVersion", 0, "input", Map.of("name", "走访测试儿童",
                    "gender", "FEMALE", "birthDate", "2016-05-01", "residenceVillageCode", "140521901201", "categories",
                    List.of("LEFT_BEHIND", "SINGLE_PARENT_FAMILY"), "riskFactors", List.of("SINGLE_PARENT_FAMILY"),
                    "schoolStatus", "IN_SCHOOL"))
                    .body("errors", nullValue())
                    .body("data.updateChild.riskLevel", equalTo("HIGH"));
            // the stricter rule counts from the change: the quarter's home visit covers its own month only
            LocalDate expected = quarterStart.getMonth() == TODAY.getMonth() ? endOfMonth(TODAY.plusMonths(1))
                    : endOfMonth(TODAY);
            run(token, "schedule/childSchedule", "id", child)
                    .body("data.child.riskLevel", equalTo("HIGH"))
                    .body("data.child.visitSchedule.homeVisitIntervalMonths", equalTo(1))
                    .body("data.child.visitSchedule.homeVisitDueOn", equalTo(expected.toString()))
                    .body("data.child.visitSchedule.homeVisitOverdue", equalTo(false));
        }
    }

    @Nested
    class AsPartner {

        private final String token = Tokens.of("womens.federation");

        @Test
        void shouldRecordAVisitThatShowsInTheFileButDoesNotDischargeTheDirectorsDuty() {
            String county = Tokens.of("county.officer.yangcheng");
            String before = run(county, "schedule/childSchedule", "id", Fixtures.CHILD_YANGCHENG_2)
                    .extract().path("data.child.visitSchedule.contactDueOn");
            String visitId = run(token, "visit/recordVisit", "childId", Fixtures.CHILD_YANGCHENG_2, "input",
                    visit("CONTACT", "MEETING", at(TODAY)))
                    .body("errors", nullValue())
                    .body("data.recordVisit.visit.visitorRole", equalTo("PARTNER_STAFF"))
                    .extract().path("data.recordVisit.visit.id");
            run(county, "schedule/childSchedule", "id", Fixtures.CHILD_YANGCHENG_2)
                    .body("data.child.visitSchedule.contactDueOn", equalTo(before));
            run(token, "visit/childFile", "childId", Fixtures.CHILD_YANGCHENG_2)
                    .body("errors", nullValue())
                    .body("data.childFile.child.idNumber", nullValue())
                    .body("data.childFile.visitSchedule", nullValue())
                    .body("data.childFile.workLog", nullValue())
                    .body("data.childFile.visits.edges.node.visitorRole", everyItem(equalTo("PARTNER_STAFF")));
            run(county, "visit/childFile", "childId", Fixtures.CHILD_YANGCHENG_2)
                    .body("data.childFile.visits.edges.node.id", hasItem(visitId));
        }

        @Test
        void shouldNotSeeOrRecordForAChildWhoseRelationshipEnded() {
            run(Tokens.of("youth.league"), "visit/recordVisit", "childId", Fixtures.CHILD_YANGCHENG_1, "input",
                    visit("CONTACT", "PHONE", at(TODAY)))
                    .body("errors[0].extensions.code", equalTo("CHILD_NOT_FOUND"));
            run(Tokens.of("youth.league"), "visit/childFile", "childId", Fixtures.CHILD_YANGCHENG_1)
                    .body("errors[0].extensions.code", equalTo("CHILD_NOT_FOUND"));
        }

        @Test
        void shouldSeeOnlyTheirOwnConcerns() {
            String concern = run(token, "concern/raiseConcern", "childId", Fixtures.CHILD_YANGCHENG_2, "input",
                    Map.of("category", "STUDY", "severity", "LOW", "description", "数学成绩下降"))
                    .body("errors", nullValue()).extract().path("data.raiseConcern.id");
            run(token, "concern/concerns").body("data.concerns.edges.node.id", hasItem(concern));
            run(Tokens.of("youth.league"), "concern/concerns")
                    .body("data.concerns.edges.node.id", not(hasItem(concern)));
            run(Tokens.of("county.officer.yangcheng"), "concern/concerns")
                    .body("data.concerns.edges.node.id", hasItem(concern));
            run(Tokens.of("county.officer"), "concern/concerns")
                    .body("data.concerns.edges.node.id", not(hasItem(concern)));
        }
    }

    @Nested
    class ConcernsCareAndWorkLog {

        private final String token = Tokens.of("village.director");

        @Test
        void shouldFollowAConcernToItsResolution() {
            String concern = run(token, "concern/raiseConcern", "childId", Fixtures.CHILD_QINSHUI_EAST_2, "input",
                    Map.of("category", "GUARDIANSHIP", "severity", "HIGH", "description", "祖母住院，无人照料"))
                    .body("errors", nullValue()).extract().path("data.raiseConcern.id");
            run(token, "concern/updateConcern", "id", concern, "expectedVersion", 0, "input",
                    Map.of("status", "RESOLVED"))
                    .body("errors[0].extensions.problems.code", hasItems("RESOLUTION_REQUIRED", "RESOLVED_ON_INVALID"));
            run(token, "concern/updateConcern", "id", concern, "expectedVersion", 0, "input",
                    Map.of("status", "REFERRED"))
                    .body("errors[0].extensions.problems.code", hasItem("REFERRED_TO_REQUIRED"));
            run(token, "concern/updateConcern", "id", concern, "expectedVersion", 0, "input",
                    Map.of("status", "IN_PROGRESS", "actionTaken", "联系亲属临时照护"))
                    .body("errors", nullValue()).body("data.updateConcern.version", equalTo(1));
            run(token, "concern/updateConcern", "id", concern, "expectedVersion", 1, "input",
                    Map.of("status", "RESOLVED", "resolution", "姑姑接回照护，已签委托照护协议", "resolvedOn", TODAY.toString()))
                    .body("errors", nullValue())
                    .body("data.updateConcern.status", equalTo("RESOLVED"))
                    .body("data.updateConcern.actionTaken", equalTo("联系亲属临时照护"));
            run(token, "concern/updateConcern", "id", concern, "expectedVersion", 1, "input",
                    Map.of("status", "OPEN"))
                    .body("errors[0].extensions.code", equalTo("CONFLICT"));
            run(Tokens.of("county.officer.yangcheng"), "concern/updateConcern", "id", concern, "expectedVersion", 2,
                    "input", Map.of("status", "OPEN"))
                    .body("errors[0].extensions.code", equalTo("CONCERN_NOT_FOUND"));
            run(token, "visit/childFile", "childId", Fixtures.CHILD_QINSHUI_EAST_2)
                    .body("data.childFile.concerns.edges.find { it.node.id == '" + concern + "' }.node.resolution",
                            equalTo("姑姑接回照护，已签委托照护协议"));
        }

        @Test
        void shouldKeepCareRecordsAndWorkLogInTheFile() {
            String care = run(token, "care/recordCare", "childId", Fixtures.CHILD_QINSHUI_EAST_1, "input",
                    Map.of("kind", "MATERIAL_AID", "providedOn", TODAY.toString(), "description", "冬衣两套"))
                    .body("errors", nullValue()).extract().path("data.recordCare.id");
            run(token, "care/recordCare", "childId", Fixtures.CHILD_QINSHUI_EAST_1, "input",
                    Map.of("kind", "MATERIAL_AID", "providedOn", TODAY.plusDays(1).toString(), "description", "x",
                            "providerOrganizationId", "00000000-0000-4000-8000-999999999999"))
                    .body("errors[0].extensions.problems.code",
                            hasItems("PROVIDED_ON_INVALID", "ORGANIZATION_NOT_FOUND"));
            String entry = run(token, "worklog/recordWorkLogEntry", "input", Map.of("entryDate", TODAY.toString(),
                    "childId", Fixtures.CHILD_QINSHUI_EAST_1, "content", "入户走访王小明家，了解冬季取暖情况"))
                    .body("errors", nullValue())
                    .body("data.recordWorkLogEntry.regionCode", equalTo("140521901201"))
                    .extract().path("data.recordWorkLogEntry.id");
            run(token, "worklog/recordWorkLogEntry", "input", Map.of("entryDate", TODAY.toString(),
                    "regionCode", "140522901201", "content", "越权"))
                    .body("errors[0].extensions.problems.code", hasItem("REGION_OUT_OF_SCOPE"));
            run(token, "visit/childFile", "childId", Fixtures.CHILD_QINSHUI_EAST_1)
                    .body("data.childFile.careRecords.edges.node.id", hasItem(care))
                    .body("data.childFile.workLog.edges.node.id", hasItem(entry));
            run(Tokens.of("township.supervisor"), "worklog/workLog")
                    .body("data.workLog.edges.node.id", hasItem(entry));
            run(Tokens.of("county.officer.yangcheng"), "worklog/workLog")
                    .body("data.workLog.edges.node.id", not(hasItem(entry)));
            run(Tokens.of("womens.federation"), "worklog/workLog")
                    .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        }
    }

    @Test
    void shouldHideTheFileOfAChildOutOfScope() {
        run(Tokens.of("county.officer.yangcheng"), "visit/childFile", "childId", Fixtures.CHILD_QINSHUI_EAST_1)
                .body("errors[0].extensions.code", equalTo("CHILD_NOT_FOUND"))
                .body("data", nullValue());
        run(Tokens.of("auditor"), "visit/childFile", "childId", Fixtures.CHILD_QINSHUI_EAST_1)
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
    }
}

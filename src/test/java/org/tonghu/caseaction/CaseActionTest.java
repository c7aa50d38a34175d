package org.tonghu.caseaction;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tonghu.testing.GraphQLClient.run;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tonghu.activity.ActivityTest;
import org.tonghu.testing.Database;
import org.tonghu.testing.LocalModeTestResource;
import org.tonghu.testing.SqlStatementCounter;
import org.tonghu.testing.Tokens;
import org.tonghu.time.ChinaTime;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Linked actions on a child's case: civil-affairs officers record them (with a mandatory report about the child and,
 * for a family-education order, its FAMILY_EDUCATION activity, both validated); those who keep the child's file read
 * them in date order; others get nothing; bad input gets codes and writes nothing; every read and record is audited.
 */
@QuarkusTest
@QuarkusTestResource(LocalModeTestResource.class)
class CaseActionTest {

    static final String EAST_VILLAGE = "140521901201";
    static final String OFFICER = "county.officer";
    static final LocalDate TODAY = LocalDate.now(ChinaTime.ZONE);

    static String newChild() {
        return run(Tokens.of("village.director"), "child/createChild", "input", Map.of("name", "案件测试儿童", "gender",
                "FEMALE", "birthDate", "2014-04-04", "residenceVillageCode", EAST_VILLAGE, "categories",
                List.of("LEFT_BEHIND"), "riskFactors", List.of(), "schoolStatus", "IN_SCHOOL"))
                .body("errors", nullValue()).extract().path("data.createChild.id");
    }

    static Map<String, Object> action(String kind, LocalDate on) {
        Map<String, Object> input = new HashMap<>();
        input.put("kind", kind);
        input.put("actionDate", on.toString());
        input.put("issuingBody", "沁水县人民法院");
        input.put("documentNumber", "（2026）晋0521民保令1号");
        return input;
    }

    /** A FAMILY_EDUCATION (or other kind of) activity of the Women's Federation in a village, held. */
    static String activity(String kind, String village) {
        Map<String, Object> input = ActivityTest.activity(kind, "VILLAGE", OffsetDateTime.now().minusDays(1));
        input.put("regionCode", village);
        return ActivityTest.create(Tokens.of("womens.federation"), input);
    }

    static String reportAbout(String childId) {
        Map<String, Object> input = new HashMap<>();
        input.put("childId", childId);
        input.put("category", "PHYSICAL_ABUSE");
        input.put("observed", "孩子身上有伤");
        input.put("discoveredAt", OffsetDateTime.now().minusHours(2).toString());
        input.put("immediateDanger", false);
        return run(Tokens.of("village.director"), "protection/fileProtectionReport", "input", input)
                .body("errors", nullValue()).extract().path("data.fileProtectionReport.id");
    }

    @Test
    void shouldRecordActionsAndListThemOnTheChildInDateOrder() throws SQLException {
        String child = newChild();
        String token = Tokens.of(OFFICER);
        String report = reportAbout(child);
        Map<String, Object> order = action("PROTECTION_ORDER", TODAY.minusDays(3));
        order.put("protectionReportId", report);
        order.put("note", "禁止继父接触儿童");
        String orderId = run(token, "caseaction/recordCaseAction", "childId", child, "input", order)
                .body("errors", nullValue())
                .body("data.recordCaseAction.kind", equalTo("PROTECTION_ORDER"))
                .body("data.recordCaseAction.protectionReportId", equalTo(report))
                .body("data.recordCaseAction.recordedByName", equalTo("沁水县民政局 张丽"))
                .extract().path("data.recordCaseAction.id");
        String guidance = activity("FAMILY_EDUCATION", EAST_VILLAGE);
        Map<String, Object> education = action("FAMILY_EDUCATION_ORDER", TODAY.minusDays(10));
        education.put("familyEducationActivityId", guidance);
        String educationId = run(token, "caseaction/recordCaseAction", "childId", child, "input", education)
                .body("errors", nullValue())
                .body("data.recordCaseAction.familyEducationActivityId", equalTo(guidance))
                .extract().path("data.recordCaseAction.id");
        Map<String, Object> suggestion = action("PROCURATORIAL_SUGGESTION", TODAY);
        suggestion.put("issuingBody", "沁水县人民检察院");
        suggestion.put("documentNumber", "沁检建〔2026〕3号");
        String suggestionId = run(token, "caseaction/recordCaseAction", "childId", child, "input", suggestion)
                .body("errors", nullValue()).extract().path("data.recordCaseAction.id");
        for (String keeper : List.of("village.director", "township.supervisor", OFFICER, "city.officer")) {
            run(Tokens.of(keeper), "caseaction/childCaseActions", "id", child)
                    .body("errors", nullValue())
                    .body("data.child.caseActions.id", equalTo(List.of(educationId, orderId, suggestionId)))
                    .body("data.child.caseActions[1].note", equalTo("禁止继父接触儿童"));
        }
        assertEquals(1, Database.count("case_action where id = '" + orderId + "'"));
        assertTrue(auditEvents("CASE_ACTION_RECORD", orderId, "SUCCESS") == 1);
        assertTrue(auditEvents("CASE_ACTION_READ", educationId + "," + orderId + "," + suggestionId, "SUCCESS") >= 4);
    }

    @Test
    void shouldValidateTheFamilyEducationActivityAndTheReport() throws SQLException {
        String child = newChild();
        String token = Tokens.of(OFFICER);
        long before = Database.count("case_action");
        Map<String, Object> education = action("FAMILY_EDUCATION_ORDER", TODAY);
        education.put("familyEducationActivityId", activity("READING_AND_PLAY", EAST_VILLAGE));
        run(token, "caseaction/recordCaseAction", "childId", child, "input", education)
                .body("errors[0].extensions.problems.code", equalTo(List.of("ACTIVITY_NOT_FAMILY_EDUCATION")));
        education.put("familyEducationActivityId", activity("FAMILY_EDUCATION", "140521902201"));
        run(token, "caseaction/recordCaseAction", "childId", child, "input", education)
                .body("errors[0].extensions.problems.code", equalTo(List.of("ACTIVITY_ELSEWHERE")));
        education.put("familyEducationActivityId", "00000000-0000-4000-8000-00000000f00d");
        run(token, "caseaction/recordCaseAction", "childId", child, "input", education)
                .body("errors[0].extensions.problems.code", equalTo(List.of("ACTIVITY_NOT_FOUND")));
        Map<String, Object> suggestion = action("JUDICIAL_SUGGESTION", TODAY);
        suggestion.put("familyEducationActivityId", activity("FAMILY_EDUCATION", EAST_VILLAGE));
        run(token, "caseaction/recordCaseAction", "childId", child, "input", suggestion)
                .body("errors[0].extensions.problems.code", equalTo(List.of("ACTIVITY_NOT_EXPECTED")));
        Map<String, Object> order = action("PROTECTION_ORDER", TODAY);
        order.put("protectionReportId", reportAbout(newChild()));
        run(token, "caseaction/recordCaseAction", "childId", child, "input", order)
                .body("errors[0].extensions.problems.code", equalTo(List.of("PROTECTION_REPORT_NOT_OF_CHILD")));
        Map<String, Object> bad = action("GUARDIANSHIP_REVOKED", TODAY.plusDays(2));
        bad.put("issuingBody", " ");
        bad.put("documentNumber", "x".repeat(61));
        run(token, "caseaction/recordCaseAction", "childId", child, "input", bad)
                .body("errors[0].extensions.code", equalTo("VALIDATION_FAILED"))
                .body("errors[0].extensions.problems.field", equalTo(List.of("input.issuingBody",
                        "input.documentNumber", "input.actionDate")))
                .body("errors[0].extensions.problems[2].code", equalTo("ACTION_DATE_INVALID"));
        Map<String, Object> beforeBirth = action("GUARDIANSHIP_REVOKED", LocalDate.of(2014, 4, 3));
        run(token, "caseaction/recordCaseAction", "childId", child, "input", beforeBirth)
                .body("errors[0].extensions.problems.code", equalTo(List.of("ACTION_DATE_INVALID")));
        assertEquals(before, Database.count("case_action"), "nothing written");
    }

    @Test
    void shouldLetOnlyCivilAffairsOfficersOfTheChildsJurisdictionRecordAndKeepersRead() throws SQLException {
        String child = newChild();
        Map<String, Object> order = action("PROTECTION_ORDER", TODAY);
        run(Tokens.of("village.director"), "caseaction/recordCaseAction", "childId", child, "input", order)
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        run(Tokens.of("womens.federation"), "caseaction/recordCaseAction", "childId", child, "input", order)
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        run(Tokens.of("county.officer.yangcheng"), "caseaction/recordCaseAction", "childId", child, "input", order)
                .body("errors[0].extensions.code", equalTo("CHILD_NOT_FOUND"));
        run(Tokens.of(OFFICER), "caseaction/recordCaseAction", "childId", child, "input", order)
                .body("errors", nullValue());
        // a partner that works with the child would see the child, never its case actions
        run(Tokens.of("womens.federation"), "caseaction/childCaseActions", "id", child)
                .body("errors[0].extensions.code", notNullValue());
        assertTrue(auditEvents("CASE_ACTION_RECORD", child, "NOT_FOUND") >= 1, "the refusal is audited");
    }

    @Test
    void shouldReadTheActionsOfManyChildrenInAFixedNumberOfStatements() {
        String token = Tokens.of(OFFICER);
        for (int i = 0; i < 6; i++) {
            run(token, "caseaction/recordCaseAction", "childId", newChild(), "input",
                    action("JUDICIAL_SUGGESTION", TODAY)).body("errors", nullValue());
        }
        Map<String, Object> filter = Map.of("regionCode", EAST_VILLAGE);
        run(token, "caseaction/childrenCaseActions", "filter", filter, "first", 1).body("errors", nullValue());
        SqlStatementCounter.reset();
        run(token, "caseaction/childrenCaseActions", "filter", filter, "first", 2)
                .body("data.children.edges", hasSize(2));
        int forTwo = SqlStatementCounter.count();
        SqlStatementCounter.reset();
        run(token, "caseaction/childrenCaseActions", "filter", filter, "first", 6)
                .body("data.children.edges", hasSize(6));
        int forSix = SqlStatementCounter.count();
        assertTrue(forSix <= forTwo, "statements for 2 children: " + forTwo + ", for 6: " + forSix);
    }

    private static long auditEvents(String operation, String recordIds, String result) throws SQLException {
        return Database.count("audit_event where operation = '" + operation + "' and record_ids = '" + recordIds
                + "' and result = '" + result + "'");
    }
}

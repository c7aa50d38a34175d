package org.tonghu.graphql;

import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.tonghu.testing.GraphQLClient.document;
import static org.tonghu.testing.GraphQLClient.post;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tonghu.testing.Database;
import org.tonghu.testing.LocalModeTestResource;
import org.tonghu.testing.Tokens;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Many invalid inputs to every mutation: never a 500, always an error with a code, no data, and the table the
 * mutation writes to unchanged. (Children's mutations have their own, field-by-field test: ChildValidationTest.)
 */
@QuarkusTest
@QuarkusTestResource(LocalModeTestResource.class)
class MutationInputTest {

    private static final String WOMENS_FEDERATION = "00000000-0000-4000-8000-000000000102";

    static List<Arguments> invalidInputs() {
        List<Arguments> cases = new ArrayList<>();
        Map<String, Object> guardian = Map.of("name", "王五", "phone", "13812345678", "worksAway", false,
                "capacity", "ABLE", "regionCode", "140521901201");
        for (Map<String, Object> bad : variants(guardian, Map.of("name", ""), Map.of("name", "名".repeat(51)),
                Map.of("phone", "911"), Map.of("phone", "1381234567X"), Map.of("regionCode", "1"),
                Map.of("regionCode", "140599000000"), Map.of("regionCode", "140522901201"),
                Map.of("workplace", "x".repeat(201)), Map.of("capacity", "SOMETIMES"), Map.of("worksAway", "yes"))) {
            cases.add(Arguments.of("createGuardian", "village.director", "guardian/createGuardian", "guardian",
                    Map.of("input", bad)));
        }
        Map<String, Object> appointment = Map.of("personName", "钱七", "regionCode", "140521902203");
        for (Map<String, Object> bad : variants(appointment, Map.of("personName", " "), Map.of("phone", "abc"),
                Map.of("regionCode", "140521000000"), Map.of("regionCode", "140000000201"),
                Map.of("startsOn", "1999-12-31"), Map.of("startsOn", "not-a-date"))) {
            cases.add(Arguments.of("appointDirector", "county.officer", "director/appointDirector", "appointment",
                    Map.of("input", bad)));
        }
        cases.add(Arguments.of("appointSupervisor", "county.officer", "mutation/appointSupervisor", "appointment",
                Map.of("input", Map.of("personName", "钱七", "regionCode", "140521902203"))));
        Map<String, Object> organization = Map.of("name", "新组织", "kind", "NGO", "regionCode", "140500000000");
        for (Map<String, Object> bad : variants(organization, Map.of("name", ""), Map.of("kind", "CLUB"),
                Map.of("regionCode", "xyz"), Map.of("contactPhone", "12"), Map.of("name", "a\u0000b"))) {
            cases.add(Arguments.of("createOrganization", "admin", "mutation/createOrganization", "organization",
                    Map.of("input", bad)));
        }
        Map<String, Object> volunteer = Map.of("personName", "孙八", "active", true);
        for (Map<String, Object> bad : variants(volunteer, Map.of("personName", ""), Map.of("phone", "000"),
                Map.of("backgroundCheckExpiresOn", "1990-01-01"), Map.of("skills", "技".repeat(301)))) {
            cases.add(Arguments.of("createVolunteer", "womens.federation", "organization/createVolunteer", "volunteer",
                    Map.of("organizationId", WOMENS_FEDERATION, "input", bad)));
        }
        cases.add(Arguments.of("createVolunteer", "womens.federation", "organization/createVolunteer", "volunteer",
                Map.of("organizationId", "not-an-id", "input", volunteer)));
        Map<String, Object> site = Map.of("name", "新港湾", "villageCode", "140521901202",
                "operatingOrganizationId", "00000000-0000-4000-8000-000000000103");
        for (Map<String, Object> bad : variants(site, Map.of("name", ""), Map.of("villageCode", "140521901000"),
                Map.of("operatingOrganizationId", "00000000-0000-4000-8000-0000000009ff"),
                Map.of("operatingOrganizationId", "x"))) {
            cases.add(Arguments.of("createHarborSite", "youth.league", "mutation/createHarborSite", "harbor_site",
                    Map.of("input", bad)));
        }
        cases.add(Arguments.of("createHarborSite", "womens.federation", "mutation/createHarborSite", "harbor_site",
                Map.of("input", site)));
        cases.add(Arguments.of("linkGuardian", "village.director", "guardian/linkGuardian", "child_guardian",
                Map.of("childId", "nope", "guardianId", "00000000-0000-4000-8000-000000002001",
                        "relationship", "FATHER")));
        cases.add(Arguments.of("linkGuardian", "village.director", "guardian/linkGuardian", "child_guardian",
                Map.of("childId", "00000000-0000-4000-8000-000000001001",
                        "guardianId", "00000000-0000-4000-8000-000000002003",
                        "relationship", "FATHER")));
        cases.add(Arguments.of("importRegions", "admin", "region/importRegions", "region",
                Map.of("csv", "code,name,parent_code\n140521903000,新镇,140521000000\n140521903201,,140521903000\n")));
        cases.add(Arguments.of("revealIdNumber", "village.director", "child/revealIdNumber", "audit_event",
                Map.of("childId", "00000000-0000-4000-8000-000000001001", "reason", "")));
        String child = "00000000-0000-4000-8000-000000001001";
        Map<String, Object> visit = Map.of("kind", "CONTACT", "contactMode", "PHONE",
                "visitedAt", "2026-01-05T10:00:00+08:00");
        for (Map<String, Object> bad : variants(visit, Map.of("kind", "CALL"), Map.of("contactMode", "IN_HOME"),
                Map.of("visitedAt", "2099-01-01T10:00:00+08:00"), Map.of("visitedAt", "yesterday"),
                Map.of("notes", "记".repeat(2001)), Map.of("personsMet", "a\u200bb"),
                Map.of("living", Map.of("rating", "SO_SO")),
                Map.of("emotional", Map.of("rating", "GOOD", "note", "x".repeat(501))),
                Map.of("concerns", List.of(Map.of("category", "SAFETY", "severity", "HIGH", "description", ""))),
                Map.of("concerns", List.of(Map.of("category", "SAFETY", "severity", "HIGH", "description", "x",
                        "raisedOn", "2099-01-01"))))) {
            cases.add(Arguments.of("recordVisit", "village.director", "visit/recordVisit", "visit",
                    Map.of("childId", child, "input", bad)));
        }
        cases.add(Arguments.of("recordVisit", "village.director", "visit/recordVisit", "visit",
                Map.of("childId", "00000000-0000-4000-8000-000000001004", "input", visit)));
        cases.add(Arguments.of("correctVisit", "village.director", "visit/correctVisit", "visit",
                Map.of("id", "00000000-0000-4000-8000-0000000fffff", "expectedVersion", 0,
                        "input", visit, "reason", "更正")));
        Map<String, Object> concern = Map.of("category", "HEALTH", "severity", "LOW", "description", "感冒");
        for (Map<String, Object> bad : variants(concern, Map.of("category", "WEATHER"), Map.of("description", " "),
                Map.of("description", "x".repeat(1001)), Map.of("raisedOn", "2099-12-31"))) {
            cases.add(Arguments.of("raiseConcern", "village.director", "concern/raiseConcern", "concern",
                    Map.of("childId", child, "input", bad)));
        }
        Map<String, Object> care = Map.of("kind", "MATERIAL_AID", "providedOn", "2026-01-05", "description", "书包");
        for (Map<String, Object> bad : variants(care, Map.of("kind", "MONEY"), Map.of("description", ""),
                Map.of("providedOn", "2000-01-01"), Map.of("providerOrganizationId", "x"))) {
            cases.add(Arguments.of("recordCare", "village.director", "care/recordCare", "care_record",
                    Map.of("childId", child, "input", bad)));
        }
        Map<String, Object> entry = Map.of("entryDate", "2026-01-05", "content", "走访");
        for (Map<String, Object> bad : variants(entry, Map.of("content", ""), Map.of("entryDate", "2099-01-01"),
                Map.of("regionCode", "140522901201"), Map.of("regionCode", "14052"), Map.of("childId", "not-an-id"))) {
            cases.add(Arguments.of("recordWorkLogEntry", "village.director", "worklog/recordWorkLogEntry",
                    "work_log_entry", Map.of("input", bad)));
        }
        Map<String, Object> session = Map.of("level", "COUNTY", "regionCode", "140521000000", "organizer", "县民政局",
                "heldOn", "2026-03-01", "topic", "培训");
        for (Map<String, Object> bad : variants(session, Map.of("level", "TOWNSHIP"),
                Map.of("regionCode", "140521901000"),
                Map.of("regionCode", "140522000000"), Map.of("organizer", ""), Map.of("heldOn", "1999-01-01"),
                Map.of("demonstration", true))) {
            cases.add(Arguments.of("createTrainingSession", "county.officer", "training/createTrainingSession",
                    "training_session", Map.of("input", bad)));
        }
        Map<String, Object> pairing = Map.of("child", Map.of("childId", "00000000-0000-4000-8000-000000001005"),
                "volunteerId", "00000000-0000-4000-8000-000000005001", "kind", "PEER_BUDDY");
        for (Map<String, Object> bad : variants(pairing, Map.of("child", Map.of("idNumber", "140522201601150520")),
                Map.of("child", Map.of()), Map.of("kind", "UNCLE"), Map.of("volunteerId", "x"),
                Map.of("checkInIntervalDays", 200), Map.of("goals", "目".repeat(1001)), Map.of("startsOn", "2099-01-01"),
                Map.of("volunteerId", "00000000-0000-4000-8000-000000005002"))) {
            cases.add(Arguments.of("createPairing", "womens.federation", "pairing/createPairing", "pairing",
                    Map.of("input", bad)));
        }
        cases.add(Arguments.of("createPairing", "village.director", "pairing/createPairing", "pairing",
                Map.of("input", pairing)));
        String lovingMother = "00000000-0000-4000-8000-000000007001";
        for (Map<String, Object> bad : variants(Map.of("contactedOn", "2025-10-01", "mode", "PHONE"),
                Map.of("contactedOn", "2099-01-01"), Map.of("contactedOn", "2025-08-01"), Map.of("mode", "LETTER"),
                Map.of("notes", "记".repeat(2001)))) {
            cases.add(Arguments.of("recordPairingContact", "womens.federation", "pairing/recordPairingContact",
                    "pairing_contact", Map.of("pairingId", lovingMother, "input", bad)));
        }
        cases.add(Arguments.of("endPairing", "womens.federation", "pairing/endPairing", "audit_event",
                Map.of("id", lovingMother, "expectedVersion", 0, "reason", "")));
        Map<String, Object> referral = Map.of("childId", child, "toOrganizationId",
                "00000000-0000-4000-8000-000000000104", "needCategory", "OTHER", "need", "需要帮助", "urgency",
                "ROUTINE", "consentBasis", "GUARDIAN_CONSENT");
        for (Map<String, Object> bad : variants(referral, Map.of("need", " "), Map.of("urgency", "NOW"),
                Map.of("toOrganizationId", "x"), Map.of("childId", "00000000-0000-4000-8000-000000001004"),
                Map.of("consentBasis", "NONE"))) {
            cases.add(Arguments.of("referChild", "village.director", "referral/referChild", "referral",
                    Map.of("input", bad)));
        }
        cases.add(Arguments.of("declineReferral", "disabled.federation", "referral/declineReferral", "audit_event",
                Map.of("id", "00000000-0000-4000-8000-000000008001", "expectedVersion", 0, "reason", "")));
        Map<String, Object> rehabilitation = Map.of("child", Map.of("childId", "00000000-0000-4000-8000-000000001003"),
                "kind", "SURGERY", "provider", "医院", "startsOn", "2025-07-01", "status", "PLANNED",
                "fundingSource", "MEDICAL_INSURANCE");
        for (Map<String, Object> bad : variants(rehabilitation, Map.of("kind", "MASSAGE"), Map.of("provider", ""),
                Map.of("startsOn", "2001-01-01"), Map.of("status", "COMPLETED"), Map.of("device", "拐杖"),
                Map.of("sessionsPlanned", 3), Map.of("endsOn", "2025-06-01"),
                Map.of("child", Map.of("childId", "00000000-0000-4000-8000-000000001001")))) {
            cases.add(Arguments.of("recordRehabilitation", "disabled.federation",
                    "rehabilitation/recordRehabilitation", "rehabilitation_record", Map.of("input", bad)));
        }
        Map<String, Object> activity = Map.of("kind", "READING_AND_PLAY", "title", "读书会", "placeKind", "HARBOR_SITE",
                "harborSiteId", "00000000-0000-4000-8000-000000006001", "startsAt", "2026-01-05T09:00:00+08:00",
                "endsAt", "2026-01-05T10:00:00+08:00", "classHours", 1.0);
        for (Map<String, Object> bad : variants(activity, Map.of("title", ""), Map.of("kind", "PARTY"),
                Map.of("placeKind", "SCHOOL"), Map.of("harborSiteId", "00000000-0000-4000-8000-0000000069ff"),
                Map.of("classHours", 500.0), Map.of("startsAt", "2099-01-01T09:00:00+08:00"),
                Map.of("safetyTopics", List.of("FIRE")),
                Map.of("vicePrincipalId", "00000000-0000-4000-8000-0000000069ff"),
                Map.of("volunteerIds", List.of("bad")))) {
            cases.add(Arguments.of("createActivity", "youth.league", "activity/createActivity", "activity",
                    Map.of("input", bad)));
        }
        cases.add(Arguments.of("createActivity", "village.director", "activity/createActivity", "activity",
                Map.of("input", activity)));
        cases.add(Arguments.of("recordAttendance", "youth.league", "activity/recordAttendance", "activity_attendance",
                Map.of("activityId", "00000000-0000-4000-8000-00000000a002", "input",
                        Map.of("children", List.of(Map.of("childId", "00000000-0000-4000-8000-000000001004"))))));
        cases.add(Arguments.of("recordAttendance", "youth.league", "activity/recordAttendance", "activity_attendance",
                Map.of("activityId", "00000000-0000-4000-8000-00000000a001", "input",
                        Map.of("children", List.of(Map.of("idNumber", "140521201503080112", "name", "王小明"))))));
        cases.add(Arguments.of("changeActivityStatus", "youth.league", "activity/changeActivityStatus", "audit_event",
                Map.of("id", "00000000-0000-4000-8000-00000000a004", "expectedVersion", 0, "status", "HELD")));
        cases.add(Arguments.of("registerRuleOfLawVicePrincipal", "county.officer", "activity/registerVicePrincipal",
                "rule_of_law_vice_principal", Map.of("input", Map.of("schoolId", "00000000-0000-4000-8000-000000000101",
                        "personName", "李律师", "startsOn", "2026-01-01"))));
        cases.add(Arguments.of("updateVisitPolicy", "province.officer", "schedule/updateVisitPolicy", "audit_event",
                Map.of("riskLevel", "HIGH", "expectedVersion", 0, "contact", 0, "homeVisit", 7)));
        return cases;
    }

    @SafeVarargs
    private static List<Map<String, Object>> variants(Map<String, Object> valid, Map<String, Object>... changes) {
        List<Map<String, Object>> variants = new ArrayList<>();
        for (Map<String, Object> change : changes) {
            Map<String, Object> variant = new HashMap<>(valid);
            variant.putAll(change);
            variants.add(variant);
        }
        return variants;
    }

    @ParameterizedTest(name = "{0} as {1}: {4}")
    @MethodSource("invalidInputs")
    void shouldAnswerWithACodedErrorAndWriteNothing(String mutation, String user, String documentName, String table,
            Map<String, Object> variables) throws Exception {
        long rows = Database.count(table);
        List<Object> flat = new ArrayList<>();
        variables.forEach((name, value) -> {
            flat.add(name);
            flat.add(value);
        });
        var response = post(Tokens.of(user), document(documentName), flat.toArray())
                .body("data." + mutation, nullValue())
                .body("errors[0].extensions.code", anyOf(equalTo("VALIDATION_FAILED"),
                        equalTo("GRAPHQL_VALIDATION_FAILED"),
                        equalTo("BAD_USER_INPUT"), equalTo("FORBIDDEN"), equalTo("CHILD_NOT_FOUND"),
                        equalTo("GUARDIAN_NOT_FOUND"), equalTo("VISIT_NOT_FOUND"), equalTo("PAIRING_NOT_FOUND"),
                        equalTo("REFERRAL_NOT_FOUND"), equalTo("ACTIVITY_NOT_FOUND")));
        // a document or variables that do not fit the schema fail the request as a whole: 400, not 200
        String code = response.extract().path("errors[0].extensions.code");
        boolean refusedAsAWhole = code.equals("GRAPHQL_VALIDATION_FAILED") || code.equals("BAD_USER_INPUT");
        response.statusCode(refusedAsAWhole ? 400 : 200);
        if (!table.equals("audit_event")) {
            assertEquals(rows, Database.count(table), mutation + " wrote to " + table);
        }
    }
}

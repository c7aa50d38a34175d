package org.tonghu.idempotency;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.tonghu.testing.GraphQLClient.document;
import static org.tonghu.testing.GraphQLClient.run;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tonghu.testing.Database;
import org.tonghu.testing.LocalModeTestResource;
import org.tonghu.testing.TestChildren;
import org.tonghu.testing.TestChildren.TestChild;
import org.tonghu.testing.Tokens;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/**
 * Idempotent creates: a retry with the same Idempotency-Key after the first request landed returns the first result
 * and writes nothing more, for every creating mutation; keys are per caller and per arguments.
 */
@QuarkusTest
@QuarkusTestResource(LocalModeTestResource.class)
class IdempotencyTest {

    private static final String WOMENS_FEDERATION = "00000000-0000-4000-8000-000000000102";
    private static final String HARBOR_SITE = "00000000-0000-4000-8000-000000006001";
    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.ofHours(8));
    private static final String IMPORTED_REGION = "140521909000";
    private static String directorsChild;

    /** One creating mutation: who runs it, its document, arguments (made when the test runs) and its table. */
    record Create(String field, String user, String documentName, String table,
            Supplier<Map<String, Object>> variables, boolean createsAgainWithAnotherKey) {

        @Override
        public String toString() {
            return field;
        }
    }

    static Stream<Arguments> creates() {
        List<Create> creates = List.of(
                new Create("createChild", "village.director", "child/createChild", "child",
                        () -> Map.of("input", Map.of("name", "重试儿童", "gender", "MALE", "birthDate", "2015-03-01",
                                "residenceVillageCode", "140521901201", "categories", List.of("LEFT_BEHIND"),
                                "riskFactors", List.of(), "schoolStatus", "IN_SCHOOL")), true),
                new Create("createGuardian", "village.director", "guardian/createGuardian", "guardian",
                        () -> Map.of("input", Map.of("name", "王五", "phone", "13812345678", "worksAway", false,
                                "capacity", "ABLE", "regionCode", "140521901201")), true),
                new Create("recordVisit", "village.director", "idempotency/recordVisitWithConcerns", "visit",
                        () -> Map.of("childId", directorsChild(), "input", visit()), true),
                new Create("correctVisit", "village.director", "visit/correctVisit", "visit",
                        IdempotencyTest::correction, false),
                new Create("raiseConcern", "village.director", "concern/raiseConcern", "concern",
                        () -> Map.of("childId", directorsChild(), "input",
                                Map.of("category", "HEALTH", "severity", "LOW", "description", "感冒")), true),
                new Create("recordCare", "village.director", "care/recordCare", "care_record",
                        () -> Map.of("childId", directorsChild(), "input", care("书包")), true),
                new Create("recordWorkLogEntry", "village.director", "worklog/recordWorkLogEntry", "work_log_entry",
                        () -> Map.of("input", Map.of("entryDate", TODAY.toString(), "content", "走访")), true),
                new Create("createTrainingSession", "county.officer", "training/createTrainingSession",
                        "training_session", () -> Map.of("input", trainingSession()), true),
                new Create("recordTrainingAttendance", "county.officer", "training/recordTrainingAttendance",
                        "training_attendance", IdempotencyTest::trainingAttendance, false),
                new Create("appointDirector", "county.officer", "director/appointDirector", "appointment",
                        () -> Map.of("input", Map.of("personName", "钱七", "regionCode", "140521902203")), false),
                new Create("appointSupervisor", "county.officer", "mutation/appointSupervisor", "appointment",
                        () -> Map.of("input", Map.of("personName", "赵九", "regionCode", "140521902000")), false),
                new Create("createOrganization", "admin", "mutation/createOrganization", "organization",
                        () -> Map.of("input", Map.of("name", "重试组织" + TestChildren.nextNumber(), "kind", "NGO",
                                "regionCode", "140500000000")), false),
                new Create("createVolunteer", "womens.federation", "organization/createVolunteer", "volunteer",
                        () -> Map.of("organizationId", WOMENS_FEDERATION, "input",
                                Map.of("personName", "孙八" + TestChildren.nextNumber(), "active", true)), false),
                new Create("createHarborSite", "youth.league", "mutation/createHarborSite", "harbor_site",
                        () -> Map.of("input", Map.of("name", "重试港湾" + TestChildren.nextNumber(), "villageCode",
                                "140521901202", "operatingOrganizationId", "00000000-0000-4000-8000-000000000103")),
                        false),
                new Create("createPairing", "womens.federation", "idempotency/createPairingWithChild", "pairing",
                        IdempotencyTest::pairing, false),
                new Create("recordPairingContact", "womens.federation", "pairing/recordPairingContact",
                        "pairing_contact", IdempotencyTest::pairingContact, false),
                new Create("referChild", "village.director", "referral/referChild", "referral",
                        () -> Map.of("input", Map.of("childId", directorsChild(), "toOrganizationId",
                                "00000000-0000-4000-8000-000000000104", "needCategory", "OTHER", "need", "需要帮助",
                                "urgency", "ROUTINE", "consentBasis", "GUARDIAN_CONSENT")), false),
                new Create("recordRehabilitation", "disabled.federation", "rehabilitation/recordRehabilitation",
                        "rehabilitation_record", IdempotencyTest::rehabilitation, false),
                new Create("createActivity", "youth.league", "activity/createActivity", "activity",
                        () -> Map.of("input", activity(OffsetDateTime.now().minusDays(1))), false),
                new Create("recordAttendance", "youth.league", "activity/recordAttendance", "activity_attendance",
                        IdempotencyTest::attendance, false),
                new Create("registerRuleOfLawVicePrincipal", "city.officer", "activity/registerVicePrincipal",
                        "rule_of_law_vice_principal", IdempotencyTest::vicePrincipal, false),
                new Create("fileProtectionReport", "village.director", "protection/fileProtectionReport",
                        "protection_report", () -> Map.of("input", Map.of("childId", directorsChild(),
                                "category", "NEGLECT", "observed", "重试的报告：孩子独自在家",
                                "discoveredAt", OffsetDateTime.now().minusHours(1).toString(),
                                "immediateDanger", false)), true),
                new Create("recordPlacement", "county.officer", "placement/recordPlacement", "placement",
                        () -> Map.of("input", Map.of("childId", TestChildren.register().id(),
                                "kind", "ENTRUSTED_TO_RELATIVES", "carerName", "李姑姑", "carerPhone", "13912345678",
                                "startsOn", TODAY.minusDays(1).toString(), "reasons", "父母外出，祖母住院")), false),
                new Create("recordCaseAction", "county.officer", "caseaction/recordCaseAction", "case_action",
                        () -> Map.of("childId", directorsChild(), "input", Map.of("kind", "JUDICIAL_SUGGESTION",
                                "actionDate", TODAY.minusDays(2).toString(), "issuingBody", "沁水县人民法院",
                                "documentNumber", "(2026)晋0521司建" + TestChildren.nextNumber() + "号")), true),
                new Create("importRegions", "admin", "region/importRegions", "region",
                        () -> Map.of("csv",
                                "code,name,parent_code\n" + IMPORTED_REGION + ",重试镇,140521000000\n"), false));
        return creates.stream().map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("creates")
    void shouldReturnTheFirstResultToARetryWithTheSameKeyAndWriteNothingMore(Create create) throws SQLException {
        String token = Tokens.of(create.user());
        Map<String, Object> variables = create.variables().get();
        String key = newKey();
        long before = Database.count(create.table());
        Object first = send(token, key, create.documentName(), variables).body("errors", nullValue())
                .extract().path("data." + create.field());
        long afterFirst = Database.count(create.table());
        assertNotEquals(before, afterFirst, "the first request creates");

        Object retry = send(token, key, create.documentName(), variables).body("errors", nullValue())
                .extract().path("data." + create.field());
        assertEquals(first, retry, "the retry answers with the first result");
        assertEquals(afterFirst, Database.count(create.table()), "the retry writes nothing");
        assertEquals(1, keyRows(key), "one key row");

        if (create.createsAgainWithAnotherKey()) {
            Object another = send(token, newKey(), create.documentName(), variables).body("errors", nullValue())
                    .extract().path("data." + create.field());
            assertNotEquals(first, another, "another key creates another record");
            assertEquals(afterFirst + (afterFirst - before), Database.count(create.table()));
        }
    }

    /** The region importRegions created, so that other tests' region lists stay as the demo data made them. */
    @AfterAll
    static void removeTheImportedRegion() throws SQLException {
        try (Connection connection = Database.asService(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("delete from region where code = '" + IMPORTED_REGION + "'");
        }
    }

    @Test
    void shouldRefuseTheSameKeyWithOtherArgumentsAndWriteNothing() throws SQLException {
        String token = Tokens.of("village.director");
        String key = newKey();
        send(token, key, "care/recordCare", Map.of("childId", directorsChild(), "input", care("书包")))
                .body("errors", nullValue());
        long records = Database.count("care_record");
        send(token, key, "care/recordCare", Map.of("childId", directorsChild(), "input", care("文具")))
                .body("errors[0].extensions.code", equalTo("IDEMPOTENCY_KEY_REUSED"))
                .body("data", nullValue());
        assertEquals(records, Database.count("care_record"));
    }

    @Test
    void shouldNotReplayOneCallersResultToAnother() throws SQLException {
        String key = newKey();
        Map<String, Object> variables = Map.of("childId", directorsChild(), "input", care("同一个键"));
        String directors = send(Tokens.of("village.director"), key, "care/recordCare", variables)
                .body("errors", nullValue()).extract().path("data.recordCare.id");
        long records = Database.count("care_record");
        String supervisors = send(Tokens.of("township.supervisor"), key, "care/recordCare", variables)
                .body("errors", nullValue())
                .body("data.recordCare.recordedByName", not(equalTo(null)))
                .extract().path("data.recordCare.id");
        assertNotEquals(directors, supervisors, "the key is the caller's own: another caller creates their own");
        send(Tokens.of("village.director"), key, "care/recordCare", variables)
                .body("data.recordCare.id", equalTo(directors));
        send(Tokens.of("township.supervisor"), key, "care/recordCare", variables)
                .body("data.recordCare.id", equalTo(supervisors));
        assertEquals(records + 1, Database.count("care_record"));
        assertEquals(2, keyRows(key));
    }

    @Test
    void shouldKeepNothingOfAFailedAttemptSoThatACorrectedRetryWithTheSameKeySucceeds() throws SQLException {
        String token = Tokens.of("village.director");
        String key = newKey();
        long records = Database.count("care_record");
        send(token, key, "care/recordCare", Map.of("childId", directorsChild(), "input", care("")))
                .body("errors[0].extensions.code", equalTo("VALIDATION_FAILED"));
        assertEquals(0, keyRows(key), "a failed attempt keeps no key");
        Map<String, Object> corrected = Map.of("childId", directorsChild(), "input", care("书包"));
        String id = send(token, key, "care/recordCare", corrected).body("errors", nullValue())
                .extract().path("data.recordCare.id");
        assertNotNull(id);
        send(token, key, "care/recordCare", corrected).body("data.recordCare.id", equalTo(id));
        assertEquals(records + 1, Database.count("care_record"));
    }

    @Test
    void shouldCreateExactlyOnceWhenRetriesRace() throws Exception {
        String token = Tokens.of("village.director");
        String key = newKey();
        Map<String, Object> variables = Map.of("input", Map.of("entryDate", TODAY.toString(), "content", "并发重试"));
        long before = Database.count("work_log_entry");
        int requests = 6;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(requests);
        try {
            List<Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return send(token, key, "worklog/recordWorkLogEntry", variables).body("errors", nullValue())
                            .extract().<String>path("data.recordWorkLogEntry.id");
                }));
            }
            start.countDown();
            Set<String> ids = new HashSet<>();
            for (Future<String> answer : answers) {
                ids.add(answer.get());
            }
            assertEquals(1, ids.size(), "every retry answers with the one entry");
        } finally {
            pool.shutdownNow();
        }
        assertEquals(before + 1, Database.count("work_log_entry"));
    }

    @Test
    void shouldKeepTwoMutationsOfOneDocumentApart() throws SQLException {
        String token = Tokens.of("village.director");
        String key = newKey();
        Map<String, Object> variables = Map.of("childId", directorsChild(), "first", care("第一"),
                "second", care("第二"));
        long before = Database.count("care_record");
        Map<String, Object> first = send(token, key, "idempotency/recordTwoCareRecords", variables)
                .body("errors", nullValue()).extract().path("data");
        assertNotEquals(((Map<?, ?>) first.get("first")).get("id"), ((Map<?, ?>) first.get("second")).get("id"));
        Map<String, Object> retry = send(token, key, "idempotency/recordTwoCareRecords", variables)
                .body("errors", nullValue()).extract().path("data");
        assertEquals(first, retry);
        assertEquals(before + 2, Database.count("care_record"));
    }

    @Test
    void shouldRefuseAMalformedKeyAndWriteNothing() throws SQLException {
        String token = Tokens.of("village.director");
        long before = Database.count("care_record");
        for (String key : List.of("", "with space", "x".repeat(101), "tab\tinside")) {
            send(token, key, "care/recordCare", Map.of("childId", directorsChild(), "input", care("书包")))
                    .body("errors[0].extensions.code", equalTo("IDEMPOTENCY_KEY_INVALID"))
                    .body("data", nullValue());
        }
        assertEquals(before, Database.count("care_record"));
        send(token, "x".repeat(100), "care/recordCare",
                Map.of("childId", directorsChild(), "input", care("书包")))
                .body("errors", nullValue());
    }

    @Test
    void shouldCreateAgainOnceTheKeyExpiredAndAuditEveryReplay() throws SQLException {
        String token = Tokens.of("village.director");
        String key = newKey();
        Map<String, Object> variables = Map.of("childId", directorsChild(), "input", care("过期"));
        String first = send(token, key, "care/recordCare", variables).body("errors", nullValue())
                .extract().path("data.recordCare.id");
        String replays = "audit_event where operation = 'IDEMPOTENT_REPLAY' and record_type = 'recordCare'"
                + " and record_ids = '" + first + "'";
        assertEquals(0, Database.count(replays));
        send(token, key, "care/recordCare", variables).body("data.recordCare.id", equalTo(first));
        assertEquals(1, Database.count(replays), "a replay is audited");
        try (Connection connection = Database.asService(); PreparedStatement statement = connection.prepareStatement(
                "update idempotency_key set created_at = now() - interval '25 hours' where client_key = ?")) {
            statement.setString(1, key);
            assertEquals(1, statement.executeUpdate());
        }
        String again = send(token, key, "care/recordCare", variables).body("errors", nullValue())
                .extract().path("data.recordCare.id");
        assertNotEquals(first, again, "an expired key no longer holds its first result");
        assertEquals(1, keyRows(key));
    }

    private static ValidatableResponse send(String token, String key, String documentName,
            Map<String, Object> variables) {
        Map<String, Object> body = new HashMap<>();
        body.put("query", document(documentName));
        body.put("variables", variables);
        return given().contentType(ContentType.JSON).body(body).auth().oauth2(token)
                .header(IdempotencyKeys.HEADER, key)
                .when().post("/graphql").then().statusCode(200);
    }

    private static String newKey() {
        return "retry-" + UUID.randomUUID();
    }

    private static long keyRows(String key) throws SQLException {
        try (Connection connection = Database.asService(); PreparedStatement statement = connection.prepareStatement(
                "select count(*) from idempotency_key where client_key = ?")) {
            statement.setString(1, key);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static Map<String, Object> care(String description) {
        return Map.of("kind", "MATERIAL_AID", "providedOn", TODAY.toString(), "description", description);
    }

    private static Map<String, Object> visit() {
        Map<String, Object> input = new HashMap<>();
        input.put("kind", "HOME_VISIT");
        input.put("visitedAt", OffsetDateTime.now(ZoneOffset.ofHours(8)).minusHours(1).withNano(0).toString());
        input.put("personsMet", "儿童、祖母");
        input.put("emotional", Map.of("rating", "NEEDS_ATTENTION", "note", "想念父母"));
        input.put("concerns", List.of(Map.of("category", "PSYCHOLOGICAL", "severity", "MEDIUM",
                "description", "情绪低落")));
        return input;
    }

    private static Map<String, Object> correction() {
        String token = Tokens.of("village.director");
        Map<String, Object> original = Map.of("kind", "CONTACT", "contactMode", "PHONE", "visitedAt",
                OffsetDateTime.now(ZoneOffset.ofHours(8)).minusHours(2).withNano(0).toString());
        var recorded = run(token, "visit/recordVisit", "childId", directorsChild(), "input", original)
                .body("errors", nullValue()).extract();
        return Map.of("id", recorded.path("data.recordVisit.visit.id"), "expectedVersion",
                recorded.path("data.recordVisit.visit.version"), "input", visit(), "reason", "记错了类型");
    }

    private static Map<String, Object> trainingSession() {
        return Map.of("level", "COUNTY", "regionCode", "140521000000", "organizer", "县民政局", "heldOn",
                TODAY.minusDays(1).toString(), "topic", "培训");
    }

    private static Map<String, Object> trainingAttendance() {
        String token = Tokens.of("county.officer");
        String session = run(token, "training/createTrainingSession", "input", trainingSession())
                .body("errors", nullValue()).extract().path("data.createTrainingSession.id");
        String appointment = run(token, "director/appointDirector", "input",
                Map.of("personName", "周十", "regionCode", "140521902203", "startsOn", TODAY.minusDays(30).toString()))
                .body("errors", nullValue()).extract().path("data.appointDirector.id");
        return Map.of("sessionId", session, "appointmentIds", List.of(appointment));
    }

    /**
     * A child of the village director's village registered for these tests, so that what they record leaves the demo
     * children's files (which other tests read) as they were.
     */
    private static synchronized String directorsChild() {
        if (directorsChild == null) {
            directorsChild = run(Tokens.of("village.director"), "child/createChild", "input", Map.of("name", "重试测试儿童",
                    "gender", "FEMALE", "birthDate", "2016-05-01", "residenceVillageCode", "140521901201", "categories",
                    List.of("LEFT_BEHIND"), "riskFactors", List.of(), "schoolStatus", "IN_SCHOOL"))
                    .body("errors", nullValue()).extract().path("data.createChild.id");
        }
        return directorsChild;
    }

    private static Map<String, Object> rehabilitation() {
        TestChild child = TestChildren.register(List.of("DISABLED"), List.of("CHILD_DISABILITY"));
        return Map.of("input", Map.of("child", Map.of("idNumber", child.idNumber(), "name", child.name()), "kind",
                "SCREENING", "provider", "沁水县残疾人康复中心", "startsOn", TODAY.toString(), "status", "PLANNED"));
    }

    private static Map<String, Object> pairingContact() {
        String pairing = run(Tokens.of("womens.federation"), "pairing/createPairing", "input", pairing().get("input"))
                .body("errors", nullValue()).extract().path("data.createPairing.id");
        return Map.of("pairingId", pairing, "input", Map.of("contactedOn", TODAY.toString(), "mode", "PHONE"));
    }

    private static Map<String, Object> vicePrincipal() {
        String school = run(Tokens.of("admin"), "mutation/createOrganization", "input", Map.of("name",
                "重试小学" + TestChildren.nextNumber(), "kind", "SCHOOL", "regionCode", "140525000000"))
                .body("errors", nullValue()).extract().path("data.createOrganization.id");
        return Map.of("input", Map.of("schoolId", school, "personName", "李律师", "startsOn", TODAY.toString()));
    }

    private static Map<String, Object> pairing() {
        String token = Tokens.of("womens.federation");
        TestChild child = TestChildren.register();
        String volunteer = run(token, "organization/createVolunteer", "organizationId", WOMENS_FEDERATION, "input",
                Map.of("personName", "爱心妈妈" + TestChildren.nextNumber(), "active", true,
                        "backgroundCheckExpiresOn", TODAY.plusYears(1).toString()))
                .body("errors", nullValue()).extract().path("data.createVolunteer.id");
        return Map.of("input", Map.of("child", Map.of("idNumber", child.idNumber(), "name", child.name()),
                "volunteerId", volunteer, "kind", "LOVING_MOTHER", "startsOn", TODAY.toString()));
    }

    private static Map<String, Object> activity(OffsetDateTime startsAt) {
        Map<String, Object> input = new HashMap<>();
        input.put("kind", "READING_AND_PLAY");
        input.put("title", "读书会");
        input.put("placeKind", "HARBOR_SITE");
        input.put("harborSiteId", HARBOR_SITE);
        input.put("startsAt", startsAt.toString());
        input.put("endsAt", startsAt.plusHours(1).toString());
        input.put("classHours", 1.0);
        return input;
    }

    private static Map<String, Object> attendance() {
        String token = Tokens.of("youth.league");
        String activity = run(token, "activity/createActivity", "input", activity(OffsetDateTime.now().minusHours(2)))
                .body("errors", nullValue()).extract().path("data.createActivity.id");
        run(token, "activity/changeActivityStatus", "id", activity, "expectedVersion", 0, "status", "HELD")
                .body("errors", nullValue());
        TestChild child = TestChildren.register();
        return Map.of("activityId", activity, "input",
                Map.of("children", List.of(Map.of("idNumber", child.idNumber(), "name", child.name()))));
    }
}

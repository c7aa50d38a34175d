package org.tonghu.pairing;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tonghu.testing.GraphQLClient.run;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tonghu.testing.Database;
import org.tonghu.testing.LocalModeTestResource;
import org.tonghu.testing.SqlStatementCounter;
import org.tonghu.testing.TestChildren;
import org.tonghu.testing.TestChildren.TestChild;
import org.tonghu.testing.Tokens;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Pairings of the Women's Federation: naming a child by ID number and name, the volunteer and child rules, check-ins
 * and their concerns, the reports, and the relationship a pairing opens and closes. Each test registers its own
 * children and volunteers, so the fixtures' scope stays as it was.
 */
@QuarkusTest
@QuarkusTestResource(LocalModeTestResource.class)
class PairingTest {

    static final String WOMENS_FEDERATION = "00000000-0000-4000-8000-000000000102";
    static final String EXPIRED_CHECK_VOLUNTEER = "00000000-0000-4000-8000-000000005002";
    static final LocalDate TODAY = LocalDate.now();

    static TestChild newChild() {
        return TestChildren.register();
    }

    static String newVolunteer(boolean active, LocalDate checkExpiresOn) {
        return run(Tokens.of("womens.federation"), "organization/createVolunteer", "organizationId", WOMENS_FEDERATION,
                "input", Map.of("personName", "爱心妈妈" + TestChildren.nextNumber(), "active", active,
                        "backgroundCheckExpiresOn", checkExpiresOn.toString()))
                .body("errors", nullValue()).extract().path("data.createVolunteer.id");
    }

    static Map<String, Object> pairing(TestChild child, String volunteer, String kind, LocalDate startsOn) {
        Map<String, Object> input = new HashMap<>();
        input.put("child", Map.of("idNumber", child.idNumber(), "name", child.name()));
        input.put("volunteerId", volunteer);
        input.put("kind", kind);
        input.put("startsOn", startsOn.toString());
        return input;
    }

    static String createPairing(Map<String, Object> input) {
        return run(Tokens.of("womens.federation"), "pairing/createPairing", "input", input)
                .body("errors", nullValue()).extract().path("data.createPairing.id");
    }

    /** Sends the pairings all at once, and returns each answer's code (a problem's code first), "OK" for success. */
    static List<String> createConcurrently(List<Map<String, Object>> inputs) throws Exception {
        String token = Tokens.of("womens.federation");
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(inputs.size());
        try {
            List<java.util.concurrent.Future<String>> answers = new java.util.ArrayList<>();
            for (Map<String, Object> input : inputs) {
                answers.add(pool.submit(() -> {
                    start.await();
                    var answer = run(token, "pairing/createPairing", "input", input).extract();
                    String code = answer.path("errors[0].extensions.code");
                    String problem = answer.path("errors[0].extensions.problems[0].code");
                    return code == null ? "OK" : problem != null ? problem : code;
                }));
            }
            start.countDown();
            List<String> codes = new java.util.ArrayList<>();
            for (java.util.concurrent.Future<String> answer : answers) {
                codes.add(answer.get(60, java.util.concurrent.TimeUnit.SECONDS));
            }
            return codes;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void shouldPairAChildNamedByIdNumberAndNameAndOpenTheRelationship() {
        String token = Tokens.of("womens.federation");
        TestChild child = newChild();
        run(token, "child/child", "id", child.id()).body("errors[0].extensions.code", equalTo("CHILD_NOT_FOUND"));
        Map<String, Object> wrongName = pairing(child, newVolunteer(true, TODAY.plusYears(1)), "LOVING_MOTHER", TODAY);
        wrongName.put("child", Map.of("idNumber", child.idNumber(), "name", "别人"));
        run(token, "pairing/createPairing", "input", wrongName)
                .body("errors[0].extensions.code", equalTo("CHILD_NOT_FOUND"));
        Map<String, Object> byId = new HashMap<>(wrongName);
        byId.put("child", Map.of("childId", child.id()));
        run(token, "pairing/createPairing", "input", byId)
                .body("errors[0].extensions.code", equalTo("CHILD_NOT_FOUND"));
        run(token, "pairing/createPairing", "input",
                pairing(child, (String) wrongName.get("volunteerId"), "LOVING_MOTHER", TODAY))
                .body("errors", nullValue())
                .body("data.createPairing.status", equalTo("ACTIVE"))
                .body("data.createPairing.childId", equalTo(child.id()))
                .body("data.createPairing.nextCheckInDueOn", equalTo(TODAY.plusDays(14).toString()))
                .body("data.createPairing.checkInOverdue", equalTo(false));
        run(token, "child/child", "id", child.id())
                .body("data.child.name", equalTo(child.name()))
                .body("data.child.idNumber", nullValue());
        run(Tokens.of("youth.league"), "child/child", "id", child.id())
                .body("errors[0].extensions.code", equalTo("CHILD_NOT_FOUND"));
    }

    /**
     * Whatever else is wrong with a pairing, a child the organization does not work with, named by ID number, gets
     * the same answer as a person nobody registered: the child is looked up only once the rest of the input is valid,
     * and a child who cannot be paired (here a closed file) is not found. The refusals are audited with the number
     * masked.
     */
    @Test
    void shouldAnswerAnUnrelatedRegisteredChildLikeAnUnknownPerson() throws Exception {
        String token = Tokens.of("womens.federation");
        TestChild registered = newChild();
        TestChild unknown = TestChildren.unregistered();
        String volunteer = newVolunteer(true, TODAY.plusYears(1));
        for (Map<String, Object> bad : List.of(Map.<String, Object>of("volunteerId", EXPIRED_CHECK_VOLUNTEER),
                Map.<String, Object>of("volunteerId", "00000000-0000-4000-8000-0000000009ff"),
                Map.<String, Object>of("checkInIntervalDays", 200))) {
            List<Object> answers = new java.util.ArrayList<>();
            for (TestChild child : List.of(registered, unknown)) {
                Map<String, Object> input = pairing(child, volunteer, "PEER_BUDDY", TODAY);
                input.putAll(bad);
                answers.add(run(token, "pairing/createPairing", "input", input).extract().path("errors[0].extensions"));
            }
            assertEquals(answers.get(0), answers.get(1), "the same answer for both, with " + bad);
        }
        run(Tokens.of("county.officer"), "child/closeChild", "id", registered.id(), "expectedVersion", 0,
                "reason", "MOVED_AWAY").body("errors", nullValue());
        for (TestChild child : List.of(registered, unknown)) {
            run(token, "pairing/createPairing", "input", pairing(child, volunteer, "PEER_BUDDY", TODAY))
                    .body("errors[0].extensions.code", equalTo("CHILD_NOT_FOUND"));
        }
        assertEquals(0, Database.count("pairing where child_id = '" + registered.id() + "'"));
        assertEquals(1, Database.count("audit_event where operation = 'PAIRING_CREATE' and result = 'NOT_FOUND'"
                + " and reason = 'looked up by ID number " + registered.idNumber().substring(0, 4) + "**********"
                + registered.idNumber().substring(14) + "'"));
    }

    /**
     * Pairing requests for one child and kind at the same moment: one wins, the others get CHILD_ALREADY_PAIRED,
     * whether the service's check or the unique index stops them, never an internal error.
     */
    @Test
    void shouldAnswerConcurrentPairingsOfOneChildWithOneWinner() throws Exception {
        TestChild child = newChild();
        int requests = 6;
        List<Map<String, Object>> inputs = new java.util.ArrayList<>();
        for (int i = 0; i < requests; i++) {
            inputs.add(pairing(child, newVolunteer(true, TODAY.plusYears(1)), "LOVING_MOTHER", TODAY));
        }
        List<String> codes = createConcurrently(inputs);
        assertEquals(1, codes.stream().filter("OK"::equals).count(), codes.toString());
        assertEquals(requests - 1, codes.stream().filter("CHILD_ALREADY_PAIRED"::equals).count(), codes.toString());
        assertEquals(1, Database.count("pairing where status = 'ACTIVE' and child_id = '" + child.id() + "'"));
    }

    /**
     * Eight pairings of one volunteer with eight children at the same moment: the limit of three active pairings
     * holds (the volunteer's row is locked while its pairings are counted), the others get VOLUNTEER_AT_CAPACITY.
     */
    @Test
    void shouldHoldTheVolunteerLimitUnderConcurrentPairings() throws Exception {
        String volunteer = newVolunteer(true, TODAY.plusYears(1));
        int requests = 8;
        List<Map<String, Object>> inputs = new java.util.ArrayList<>();
        for (int i = 0; i < requests; i++) {
            inputs.add(pairing(newChild(), volunteer, "PEER_BUDDY", TODAY));
        }
        List<String> codes = createConcurrently(inputs);
        assertEquals(3, codes.stream().filter("OK"::equals).count(), codes.toString());
        assertEquals(requests - 3, codes.stream().filter("VOLUNTEER_AT_CAPACITY"::equals).count(), codes.toString());
        assertEquals(3, Database.count("pairing where status = 'ACTIVE' and volunteer_id = '" + volunteer + "'"));
    }

    @Test
    void shouldRefuseVolunteersAndChildrenThatBreakTheRulesAndWriteNothing() throws Exception {
        String token = Tokens.of("womens.federation");
        TestChild child = newChild();
        long before = Database.count("pairing");
        run(token, "pairing/createPairing", "input", pairing(child, EXPIRED_CHECK_VOLUNTEER, "PEER_BUDDY", TODAY))
                .body("errors[0].extensions.problems.code", hasItem("BACKGROUND_CHECK_EXPIRED"));
        run(token, "pairing/createPairing", "input",
                pairing(child, newVolunteer(false, TODAY.plusYears(1)), "PEER_BUDDY", TODAY))
                .body("errors[0].extensions.problems.code", hasItem("VOLUNTEER_INACTIVE"));
        Map<String, Object> bad = pairing(child, newVolunteer(true, TODAY.plusYears(1)), "PEER_BUDDY",
                TODAY.plusDays(60));
        bad.put("checkInIntervalDays", 0);
        bad.put("plannedEndOn", TODAY.toString());
        run(token, "pairing/createPairing", "input", bad)
                .body("errors[0].extensions.problems.code",
                        hasItems("STARTS_ON_INVALID", "CHECK_IN_INTERVAL_INVALID", "PLANNED_END_ON_INVALID"));
        run(Tokens.of("youth.league"), "pairing/createPairing", "input",
                pairing(child, (String) bad.get("volunteerId"), "LOVING_MOTHER", TODAY))
                .body("errors[0].extensions.problems.code",
                        hasItems("VOLUNTEER_NOT_FOUND", "KIND_NOT_FOR_ORGANIZATION"));
        assertEquals(before, Database.count("pairing"));

        String volunteer = newVolunteer(true, TODAY.plusYears(1));
        TestChild second = newChild();
        createPairing(pairing(child, volunteer, "VOLUNTEER_BUDDY", TODAY));
        run(token, "pairing/createPairing", "input", pairing(child, newVolunteer(true, TODAY.plusYears(1)),
                "VOLUNTEER_BUDDY", TODAY))
                .body("errors[0].extensions.problems.code", hasItem("CHILD_ALREADY_PAIRED"));
        createPairing(pairing(second, volunteer, "VOLUNTEER_BUDDY", TODAY));
        createPairing(pairing(newChild(), volunteer, "VOLUNTEER_BUDDY", TODAY));
        run(token, "pairing/createPairing", "input", pairing(newChild(), volunteer, "VOLUNTEER_BUDDY", TODAY))
                .body("errors[0].extensions.problems.code", hasItem("VOLUNTEER_AT_CAPACITY"));
        assertEquals(before + 3, Database.count("pairing"));
    }

    @Test
    void shouldTrackCheckInsAndLetTheirConcernsReachTheDirector() {
        String token = Tokens.of("womens.federation");
        TestChild child = newChild();
        String pairing = createPairing(pairing(child, newVolunteer(true, TODAY.plusYears(1)), "GROWTH_MENTOR",
                TODAY.minusDays(30)));
        run(token, "pairing/pairings", "filter", Map.of("checkInOverdue", true), "first", 100)
                .body("data.pairings.edges.node.id", hasItem(pairing))
                .body("data.pairings.edges.node.checkInOverdue", everyItem(equalTo(true)));
        run(token, "pairing/recordPairingContact", "pairingId", pairing, "input", Map.of("contactedOn",
                TODAY.plusDays(1).toString(), "mode", "PHONE"))
                .body("errors[0].extensions.problems.code", hasItem("CONTACTED_ON_INVALID"));
        String concern = run(token, "pairing/recordPairingContact", "pairingId", pairing, "input", Map.of(
                "contactedOn", TODAY.toString(), "mode", "MEETING", "notes", "一起做作业", "concerns",
                List.of(Map.of("category", "PSYCHOLOGICAL", "severity", "MEDIUM", "description", "提到在学校被同学欺负"))))
                .body("errors", nullValue())
                .body("data.recordPairingContact.pairing.lastContactOn", equalTo(TODAY.toString()))
                .body("data.recordPairingContact.pairing.nextCheckInDueOn", equalTo(TODAY.plusDays(14).toString()))
                .body("data.recordPairingContact.pairing.checkInOverdue", equalTo(false))
                .extract().path("data.recordPairingContact.concerns[0].id");
        run(Tokens.of("village.director"), "concern/concerns", "first", 100)
                .body("data.concerns.edges.node.id", not(hasItem(concern)));
        run(Tokens.of("county.officer"), "concern/concerns", "first", 100)
                .body("data.concerns.edges.node.id", hasItem(concern));
        run(Tokens.of("county.officer"), "pairing/childFilePairings", "childId", child.id())
                .body("errors", nullValue())
                .body("data.childFile.pairings.edges[0].node.kind", equalTo("GROWTH_MENTOR"))
                .body("data.childFile.pairings.edges[0].node.contacts[0].notes", equalTo("一起做作业"))
                .body("data.childFile.concerns.edges.node.pairingContactId", hasSize(1));
        run(token, "pairing/pairingReport")
                .body("errors", nullValue())
                .body("data.pairingReport.byRegion.regionCode", hasItem("140521000000"))
                .body("data.pairingReport.volunteersWithExpiringChecks.volunteerId", hasItem(EXPIRED_CHECK_VOLUNTEER));
    }

    @Test
    void shouldEndAPairingWithAReasonAndCloseTheRelationship() {
        String token = Tokens.of("womens.federation");
        TestChild child = newChild();
        String pairing = createPairing(pairing(child, newVolunteer(true, TODAY.plusYears(1)), "ACADEMIC_BUDDY",
                TODAY.minusDays(10)));
        run(token, "pairing/endPairing", "id", pairing, "expectedVersion", 0, "reason", " ")
                .body("errors[0].extensions.problems.code", hasItem("REQUIRED"));
        run(token, "pairing/endPairing", "id", pairing, "expectedVersion", 3, "reason", "家庭搬迁")
                .body("errors[0].extensions.code", equalTo("CONFLICT"));
        run(Tokens.of("youth.league"), "pairing/endPairing", "id", pairing, "expectedVersion", 0, "reason", "家庭搬迁")
                .body("errors[0].extensions.code", equalTo("PAIRING_NOT_FOUND"));
        run(token, "pairing/endPairing", "id", pairing, "expectedVersion", 0, "endedOn",
                TODAY.minusDays(1).toString(), "reason", "家庭搬迁到外省")
                .body("errors", nullValue())
                .body("data.endPairing.status", equalTo("ENDED"))
                .body("data.endPairing.nextCheckInDueOn", nullValue());
        run(token, "child/child", "id", child.id()).body("errors[0].extensions.code", equalTo("CHILD_NOT_FOUND"));
        run(token, "pairing/recordPairingContact", "pairingId", pairing, "input",
                Map.of("contactedOn", TODAY.toString(), "mode", "PHONE"))
                .body("errors[0].extensions.code", equalTo("CHILD_NOT_FOUND"));
        run(Tokens.of("county.officer"), "pairing/childFilePairings", "childId", child.id())
                .body("data.childFile.pairings.edges[0].node.status", equalTo("ENDED"));
        run(token, "pairing/pairings", "first", 100).body("data.pairings.edges.node.id", not(hasItem(pairing)));
    }

    @Test
    void shouldResolveThePairingsChildrenAndCheckInsInBatches() {
        String token = Tokens.of("womens.federation");
        for (int i = 0; i < 3; i++) {
            createPairing(pairing(newChild(), newVolunteer(true, TODAY.plusYears(1)), "PEER_BUDDY", TODAY));
        }
        run(token, "pairing/pairings", "first", 1).body("errors", nullValue());
        SqlStatementCounter.reset();
        run(token, "pairing/pairings", "first", 2).body("data.pairings.edges", hasSize(2));
        int forTwo = SqlStatementCounter.count();
        SqlStatementCounter.reset();
        run(token, "pairing/pairings", "first", 3).body("data.pairings.edges", hasSize(3));
        int forThree = SqlStatementCounter.count();
        assertTrue(forThree <= forTwo, "statements for 2 pairings: " + forTwo + ", for 3: " + forThree);
    }
}

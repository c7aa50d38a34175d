package org.tonghu.referral;

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

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tonghu.testing.Database;
import org.tonghu.testing.LocalModeTestResource;
import org.tonghu.testing.SqlStatementCounter;
import org.tonghu.testing.TestChildren;
import org.tonghu.testing.TestChildren.TestChild;
import org.tonghu.testing.TestReferrals;
import org.tonghu.testing.Tokens;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Referrals between agencies: sending, the receiver's access, answering, closing with an outcome, deadlines. */
@QuarkusTest
@QuarkusTestResource(LocalModeTestResource.class)
class ReferralTest {

    static final String DISABLED_PERSONS_FEDERATION = TestReferrals.DISABLED_PERSONS_FEDERATION;
    static final String QINSHUI_CIVIL_AFFAIRS = "00000000-0000-4000-8000-000000000106";
    static final String OVERDUE_FIXTURE = "00000000-0000-4000-8000-000000008001";

    @Test
    void shouldOpenTheChildToTheReceiverUntilTheReferralIsClosedWithAnOutcome() {
        TestChild child = TestChildren.register();
        String county = Tokens.of("county.officer");
        String federation = Tokens.of("disabled.federation");
        run(federation, "child/child", "id", child.id()).body("errors[0].extensions.code", equalTo("CHILD_NOT_FOUND"));
        OffsetDateTime before = OffsetDateTime.now();
        var created = run(county, "referral/referChild", "input",
                TestReferrals.input(child, DISABLED_PERSONS_FEDERATION))
                .body("errors", nullValue())
                .body("data.referChild.status", equalTo("PENDING"))
                .body("data.referChild.fromRegionCode", equalTo("140521000000"))
                .body("data.referChild.acceptanceOverdue", equalTo(false))
                .extract();
        String id = created.path("data.referChild.id");
        Duration answerWithin = Duration.between(before,
                OffsetDateTime.parse(created.path("data.referChild.respondBy")));
        assertTrue(answerWithin.toHours() >= 47 && answerWithin.toHours() <= 48, "urgent: 48 hours, " + answerWithin);
        run(federation, "child/child", "id", child.id()).body("data.child.name", equalTo(child.name()));
        run(federation, "referral/referrals", "filter", Map.of("direction", "RECEIVED"), "first", 100)
                .body("data.referrals.edges.node.id", hasItem(id));
        run(Tokens.of("womens.federation"), "referral/acceptReferral", "id", id, "expectedVersion", 0)
                .body("errors[0].extensions.code", equalTo("REFERRAL_NOT_FOUND"));
        run(federation, "referral/closeReferral", "id", id, "expectedVersion", 0, "outcome", "已评估")
                .body("errors[0].extensions.problems[0].code", equalTo("REFERRAL_NOT_ACCEPTED"));
        run(federation, "referral/acceptReferral", "id", id, "expectedVersion", 0)
                .body("errors", nullValue()).body("data.acceptReferral.status", equalTo("ACCEPTED"));
        run(federation, "referral/acceptReferral", "id", id, "expectedVersion", 0)
                .body("errors[0].extensions.code", equalTo("CONFLICT"));
        run(federation, "referral/closeReferral", "id", id, "expectedVersion", 1, "outcome", "已完成评估，安排辅具适配")
                .body("errors", nullValue())
                .body("data.closeReferral.status", equalTo("CLOSED"));
        run(county, "referral/referrals", "filter",
                Map.of("direction", "SENT", "statuses", java.util.List.of("CLOSED")),
                "first", 100)
                .body("data.referrals.edges.find { it.node.id == '" + id + "' }.node.outcome",
                        equalTo("已完成评估，安排辅具适配"));
        run(county, "referral/childFileReferrals", "childId", child.id())
                .body("data.childFile.referrals.edges[0].node.outcome", equalTo("已完成评估，安排辅具适配"));
    }

    @Test
    void shouldEndTheReceiversAccessAtOnceWhenItDeclines() {
        TestChild child = TestChildren.register();
        String federation = Tokens.of("disabled.federation");
        String id = run(Tokens.of("county.officer"), "referral/referChild", "input",
                TestReferrals.input(child, DISABLED_PERSONS_FEDERATION)).extract().path("data.referChild.id");
        run(federation, "referral/declineReferral", "id", id, "expectedVersion", 0, "reason", " ")
                .body("errors[0].extensions.problems[0].code", equalTo("REQUIRED"));
        run(federation, "referral/declineReferral", "id", id, "expectedVersion", 0, "reason", "本县康复机构更合适")
                .body("errors", nullValue())
                .body("data.declineReferral.status", equalTo("DECLINED"));
        run(federation, "child/child", "id", child.id()).body("errors[0].extensions.code", equalTo("CHILD_NOT_FOUND"));
        run(Tokens.of("county.officer"), "referral/referrals", "filter", Map.of("direction", "SENT"), "first", 100)
                .body("data.referrals.edges.find { it.node.id == '" + id + "' }.node.declineReason",
                        equalTo("本县康复机构更合适"));
    }

    @Test
    void shouldRejectBadReferralsAndWriteNothing() throws Exception {
        TestChild child = TestChildren.register();
        long before = Database.count("referral");
        Map<String, Object> bad = TestReferrals.input(child, "00000000-0000-4000-8000-0000000009ff");
        bad.put("need", "");
        run(Tokens.of("county.officer"), "referral/referChild", "input", bad)
                .body("errors[0].extensions.problems.code", hasItems("ORGANIZATION_NOT_FOUND", "REQUIRED"));
        run(Tokens.of("county.officer"), "referral/referChild", "input",
                TestReferrals.input(child, QINSHUI_CIVIL_AFFAIRS))
                .body("errors[0].extensions.problems.code", hasItem("SAME_ORGANIZATION"));
        run(Tokens.of("county.officer.yangcheng"), "referral/referChild", "input",
                TestReferrals.input(child, DISABLED_PERSONS_FEDERATION))
                .body("errors[0].extensions.code", equalTo("CHILD_NOT_FOUND"));
        assertEquals(before, Database.count("referral"));
    }

    @Test
    void shouldShowBothSidesAPendingReferralPastItsDeadline() {
        run(Tokens.of("disabled.federation"), "referral/referrals", "filter",
                Map.of("direction", "RECEIVED", "acceptanceOverdue", true), "first", 100)
                .body("data.referrals.edges.node.id", hasItem(OVERDUE_FIXTURE))
                .body("data.referrals.edges.node.acceptanceOverdue", everyItem(equalTo(true)));
        run(Tokens.of("county.officer"), "referral/referrals", "filter",
                Map.of("direction", "SENT", "acceptanceOverdue", true), "first", 100)
                .body("data.referrals.edges.node.id", hasItem(OVERDUE_FIXTURE));
        run(Tokens.of("county.officer.yangcheng"), "referral/referrals", "filter", Map.of("direction", "SENT"),
                "first", 100)
                .body("data.referrals.edges.node.id", not(hasItem(OVERDUE_FIXTURE)));
    }

    @Test
    void shouldResolveTheChildAndBothOrganizationsInBatches() {
        String county = Tokens.of("county.officer");
        for (int i = 0; i < 3; i++) {
            run(county, "referral/referChild", "input",
                    TestReferrals.input(TestChildren.register(), DISABLED_PERSONS_FEDERATION))
                    .body("errors", nullValue());
        }
        String federation = Tokens.of("disabled.federation");
        Map<String, Object> received = Map.of("direction", "RECEIVED");
        run(federation, "referral/referrals", "filter", received, "first", 1).body("errors", nullValue());
        SqlStatementCounter.reset();
        run(federation, "referral/referrals", "filter", received, "first", 2).body("data.referrals.edges", hasSize(2));
        int forTwo = SqlStatementCounter.count();
        SqlStatementCounter.reset();
        run(federation, "referral/referrals", "filter", received, "first", 3).body("data.referrals.edges", hasSize(3));
        int forThree = SqlStatementCounter.count();
        assertTrue(forThree <= forTwo, "statements for 2 referrals: " + forTwo + ", for 3: " + forThree);
    }
}

package org.tonghu.notification;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tonghu.testing.GraphQLClient.run;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.tonghu.local.DemoUser;
import org.tonghu.security.Roles;
import org.tonghu.testing.Database;
import org.tonghu.testing.LocalModeTestResource;
import org.tonghu.testing.TestChildren;
import org.tonghu.testing.TestChildren.TestChild;
import org.tonghu.testing.TestReferrals;
import org.tonghu.testing.Tokens;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** The inbox: who is alerted of what, read state per reader, and an alert written once per occasion. */
@QuarkusTest
@QuarkusTestResource(LocalModeTestResource.class)
class NotificationTest {

    static final String DISABLED_PERSONS_FEDERATION = TestReferrals.DISABLED_PERSONS_FEDERATION;
    /** A director of the village TestChildren registers children in (the demo director keeps another village). */
    static final DemoUser DIRECTOR_OF_THE_TEST_VILLAGE = new DemoUser("director.901202", "沁水演示一镇西村 儿童主任",
            Roles.VILLAGE_DIRECTOR, "140521901202", null);

    @Inject
    NotificationService notifications;

    @Test
    void shouldAlertTheReceivingOrganizationOfAReferralUntilItsReaderMarksItRead() throws Exception {
        String federation = Tokens.of("disabled.federation");
        int unreadBefore = run(federation, "notification/notifications", "unreadOnly", true)
                .extract().path("data.unreadNotificationCount");
        String referral = refer(TestChildren.register());

        JsonPath inbox = run(federation, "notification/notifications", "unreadOnly", true)
                .body("errors", nullValue())
                .body("data.unreadNotificationCount", equalTo(unreadBefore + 1))
                .extract().jsonPath();
        Map<String, Object> alert = inbox.getMap("data.notifications.edges.find { it.node.subjectId == '" + referral
                + "' }.node");
        assertEquals("REFERRAL_TO_ANSWER", alert.get("kind"));
        assertEquals("REFERRAL", alert.get("subjectType"));
        assertEquals(false, alert.get("read"));
        assertTrue(OffsetDateTime.parse((String) alert.get("dueAt")).isAfter(OffsetDateTime.now().plusHours(47)),
                "due when the referral must be answered (urgent: 48 hours)");
        String id = (String) alert.get("id");

        // not the sender's, nor another organization's
        for (String other : List.of("county.officer", "womens.federation")) {
            run(Tokens.of(other), "notification/notifications", "first", 100)
                    .body("data.notifications.edges.node.id", not(hasItem(id)));
            run(Tokens.of(other), "notification/markNotificationsRead", "ids", List.of(id))
                    .body("errors[0].extensions.code", equalTo("NOTIFICATION_NOT_FOUND"));
        }
        String stranger = UUID.randomUUID().toString();
        run(federation, "notification/markNotificationsRead", "ids", List.of(id, stranger))
                .body("errors[0].extensions.code", equalTo("NOTIFICATION_NOT_FOUND"));
        assertEquals(1L, Database.count("audit_event where operation = 'NOTIFICATION_MARK_READ'"
                + " and result = 'NOT_FOUND' and record_ids like '%" + stranger + "%'"), "the refusal is audited");
        run(federation, "notification/markNotificationsRead", "ids", List.of("not-an-id"))
                .body("errors[0].extensions.problems[0].code", equalTo("INVALID_ID"));
        run(federation, "notification/markNotificationsRead", "ids",
                java.util.Collections.nCopies(NotificationService.MAX_MARKED + 1, id))
                .body("errors[0].extensions.problems[0].code", equalTo("TOO_MANY_IDS"));
        run(federation, "notification/notifications", "unreadOnly", true)
                .body("data.unreadNotificationCount", equalTo(unreadBefore + 1)); // nothing marked by those

        run(federation, "notification/markNotificationsRead", "ids", List.of(id, id))
                .body("errors", nullValue())
                .body("data.markNotificationsRead", equalTo(unreadBefore));
        assertEquals(1L, Database.count("audit_event where operation = 'NOTIFICATION_MARK_READ'"
                + " and result = 'SUCCESS' and record_ids = '" + id + "'"), "the marking is audited");
        run(federation, "notification/notifications", "first", 100)
                .body("data.notifications.edges.find { it.node.id == '" + id + "' }.node.read", equalTo(true));
        run(federation, "notification/notifications", "unreadOnly", true, "first", 100)
                .body("data.notifications.edges.node.id", not(hasItem(id)));
        run(federation, "notification/markNotificationsRead", "ids", List.of(id))
                .body("data.markNotificationsRead", equalTo(unreadBefore)); // marking again changes nothing
    }

    @Test
    void shouldAlertTheDirectorsOfTheChildsVillageWhenAPartnerRaisesAConcern() {
        TestChild child = TestChildren.register();
        String federation = Tokens.of("disabled.federation");
        String referral = refer(child);
        run(federation, "referral/acceptReferral", "id", referral, "expectedVersion", 0).body("errors", nullValue());
        String concern = raiseConcern(federation, child);
        String byTheCounty = raiseConcern(Tokens.of("county.officer"), child);

        String director = Tokens.of(DIRECTOR_OF_THE_TEST_VILLAGE);
        JsonPath inbox = run(director, "notification/notifications", "first", 100)
                .body("errors", nullValue()).extract().jsonPath();
        assertEquals("CONCERN_RAISED", inbox.getString("data.notifications.edges.find { it.node.subjectId == '"
                + concern + "' }.node.kind"));
        assertFalse(inbox.getList("data.notifications.edges.node.subjectId").contains(byTheCounty),
                "the county keeps the file itself: its own concern alerts nobody");
        // the demo director keeps another village
        run(Tokens.of("village.director"), "notification/notifications", "first", 100)
                .body("data.notifications.edges.node.subjectId", not(hasItem(concern)));
    }

    @Test
    void shouldWriteTheSameAlertForTheSameOccasionOnce() throws Exception {
        UUID subject = UUID.randomUUID();
        Notice notice = new Notice(NotificationKind.REFERRAL_TO_ANSWER, "REFERRAL", subject,
                Addressee.organization(UUID.fromString(DISABLED_PERSONS_FEDERATION)), "referred", null);
        assertTrue(QuarkusTransaction.requiringNew().call(() -> notifications.send(notice)));
        assertFalse(QuarkusTransaction.requiringNew().call(() -> notifications.send(notice)));
        assertEquals(1L, Database.count("notification where subject_id = '" + subject + "'"));
        // another occasion of the same record is another alert
        assertTrue(QuarkusTransaction.requiringNew().call(() -> notifications.send(new Notice(notice.kind(),
                notice.subjectType(), subject, notice.to(), "reminded", null))));
    }

    private static String refer(TestChild child) {
        return run(Tokens.of("county.officer"), "referral/referChild", "input",
                TestReferrals.input(child, DISABLED_PERSONS_FEDERATION))
                .body("errors", nullValue()).extract().path("data.referChild.id");
    }

    private static String raiseConcern(String token, TestChild child) {
        return run(token, "concern/raiseConcern", "childId", child.id(), "input",
                Map.of("category", "STUDY", "severity", "LOW", "description", "数学成绩下降"))
                .body("errors", nullValue()).extract().path("data.raiseConcern.id");
    }
}

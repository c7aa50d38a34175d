package org.tonghu.protection;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.tonghu.protection.ProtectionReportTest.aboutChild;
import static org.tonghu.protection.ProtectionReportTest.file;
import static org.tonghu.protection.ProtectionReportTest.receiptOf;
import static org.tonghu.testing.GraphQLClient.run;

import java.time.Duration;
import java.time.OffsetDateTime;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tonghu.notification.DeadlineAlerts;
import org.tonghu.testing.Database;
import org.tonghu.testing.DeadlineJobRuns;
import org.tonghu.testing.LocalModeTestResource;
import org.tonghu.testing.MovableClock;
import org.tonghu.testing.Tokens;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The alerts that time causes for a mandatory report: each receiver still to acknowledge is alerted once when a
 * quarter of its time is left and once when it has passed; a receiver that acknowledged is not.
 */
@QuarkusTest
@QuarkusTestResource(LocalModeTestResource.class)
class AcknowledgmentDeadlineAlertsTest {

    @Inject
    MovableClock clock;

    @Inject
    DeadlineAlerts alerts;

    private DeadlineJobRuns job;

    private OffsetDateTime start;

    @BeforeEach
    void startTheJobNow() throws Exception {
        job = new DeadlineJobRuns(clock, alerts);
        start = job.startNow();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void shouldAlertEachReceiverOnceWhenAQuarterOfItsTimeIsLeftAndOnceWhenItHasPassed() throws Exception {
        var filed = file(Tokens.of("village.director"), aboutChild(ProtectionReportTest.FIXTURE_CHILD, false));
        String report = filed.path("data.fileProtectionReport.id");
        OffsetDateTime due = OffsetDateTime.parse(filed.path("data.fileProtectionReport.receipts[0].acknowledgeBy"));
        assertEquals(Duration.ofHours(24), Duration.between(start, due), "filed at the clock's moment");

        job.runAt(due.minusHours(6).minusSeconds(1));
        assertEquals(0L, alertsAbout(report, "DEADLINE_NEAR"), "more than a quarter of the day is left");
        job.runAt(due.minusHours(6));
        assertEquals(3L, alertsAbout(report, "DEADLINE_NEAR"), "each of the three receivers, six hours before");
        job.runAt(due.minusHours(5));
        assertEquals(3L, alertsAbout(report, "DEADLINE_NEAR"), "once");

        run(Tokens.of("police.qinshui"), "protection/acknowledgeProtectionReport", "receiptId",
                receiptOf(filed, "fileProtectionReport", "PUBLIC_SECURITY"), "expectedVersion", 0)
                .body("errors", nullValue());
        job.runAt(due.plusMinutes(1));
        job.runAt(due.plusMinutes(2));
        assertEquals(2L, alertsAbout(report, "DEADLINE_PASSED"), "education and civil affairs; the police answered");
        assertEquals(0L, Database.count("notification where subject_id = '" + report + "' and kind = 'DEADLINE_PASSED'"
                + " and to_organization_id = '" + ProtectionReportTest.QINSHUI_POLICE + "'"));
        String dueInTheInbox = run(Tokens.of("education.qinshui"), "notification/notifications", "first", 100)
                .body("errors", nullValue())
                .body("data.notifications.edges.findAll { it.node.subjectId == '" + report + "' }.node.kind",
                        hasItem("DEADLINE_PASSED"))
                .extract().path("data.notifications.edges.find { it.node.kind == 'DEADLINE_PASSED'"
                        + " && it.node.subjectId == '" + report + "' }.node.dueAt");
        assertEquals(due.toInstant(), OffsetDateTime.parse(dueInTheInbox).toInstant());
    }

    @Test
    void shouldAlertOnceEvenWhenTheJobMissedTheMomentTheDeadlineCameNear() throws Exception {
        var filed = file(Tokens.of("village.director"), aboutChild(ProtectionReportTest.FIXTURE_CHILD, true));
        String report = filed.path("data.fileProtectionReport.id");
        // an hour to acknowledge: near a quarter before; the job's next run comes only after the deadline
        job.runAt(start.plusHours(2));
        assertEquals(0L, alertsAbout(report, "DEADLINE_NEAR"), "no stale 'soon' once it has passed");
        assertEquals(3L, alertsAbout(report, "DEADLINE_PASSED"));
    }

    private static long alertsAbout(String report, String kind) throws Exception {
        return Database.count("notification where subject_id = '" + report + "' and kind = '" + kind + "'");
    }
}

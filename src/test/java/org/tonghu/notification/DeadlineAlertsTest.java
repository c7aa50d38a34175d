package org.tonghu.notification;

import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.tonghu.testing.GraphQLClient.run;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tonghu.testing.Database;
import org.tonghu.testing.DeadlineJobRuns;
import org.tonghu.testing.LocalModeTestResource;
import org.tonghu.testing.MovableClock;
import org.tonghu.testing.TestChildren;
import org.tonghu.testing.TestReferrals;
import org.tonghu.testing.Tokens;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

/**
 * The deadline-alert job over the referrals' source: a receiver alerted when a quarter of its time to answer is left
 * and when it has passed, each once, also when two runs (two instances) start at the same moment.
 */
@QuarkusTest
@QuarkusTestResource(LocalModeTestResource.class)
class DeadlineAlertsTest {

    private static final String DEADLINE_ALERTS = "notification where kind in ('DEADLINE_NEAR', 'DEADLINE_PASSED')";

    @Inject
    MovableClock clock;

    @Inject
    DeadlineAlerts alerts;

    private DeadlineJobRuns job;

    @BeforeEach
    void startTheJobNow() throws Exception {
        job = new DeadlineJobRuns(clock, alerts);
        job.startNow();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void shouldAlertTheReceiverOfAReferralWhenAQuarterOfItsTimeIsLeftAndWhenItHasPassed() throws Exception {
        var referred = refer();
        String referral = referred.path("data.referChild.id");
        OffsetDateTime respondBy = OffsetDateTime.parse(referred.path("data.referChild.respondBy"));
        OffsetDateTime near = respondBy.minus(Duration.ofHours(48).dividedBy(4)); // urgent: two days to answer

        job.runAt(near.minusSeconds(1));
        assertEquals(0L, alertsAbout(referral, "DEADLINE_NEAR"));
        job.runAt(near.plusSeconds(1));
        job.runAt(near.plusMinutes(1));
        assertEquals(1L, alertsAbout(referral, "DEADLINE_NEAR"), "the federation, once");
        assertEquals(1L, Database.count("notification where subject_id = '" + referral + "' and kind = 'DEADLINE_NEAR'"
                + " and subject_type = 'REFERRAL' and to_organization_id = '"
                + TestReferrals.DISABLED_PERSONS_FEDERATION + "' and due_at = '" + respondBy + "'"));
        job.runAt(respondBy.plusSeconds(1));
        assertEquals(1L, alertsAbout(referral, "DEADLINE_PASSED"));
    }

    @Test
    void shouldWriteEachAlertOnceWhenTwoRunsStartTogether() throws Exception {
        var referred = refer();
        String referral = referred.path("data.referChild.id");
        clock.stopAt(OffsetDateTime.parse(referred.path("data.referChild.respondBy")).plusMinutes(1));
        long runsBefore = Database.count("deadline_alert_mark, generate_series(1, runs)");
        long alertsBefore = Database.count(DEADLINE_ALERTS);

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService instances = Executors.newFixedThreadPool(2);
        List<Future<Integer>> written = new ArrayList<>();
        for (int instance = 0; instance < 2; instance++) {
            written.add(instances.submit(() -> {
                start.await();
                return alerts.sendDue();
            }));
        }
        start.countDown();
        int total = 0;
        for (Future<Integer> each : written) {
            total += each.get(60, TimeUnit.SECONDS);
        }
        instances.shutdown();

        assertEquals(1L, alertsAbout(referral, "DEADLINE_PASSED"));
        assertEquals(alertsBefore + total, Database.count(DEADLINE_ALERTS),
                "what the two runs say they wrote is there");
        long sources = Database.count("deadline_alert_mark");
        assertEquals(runsBefore + 2 * sources, Database.count("deadline_alert_mark, generate_series(1, runs)"),
                "both runs ran every source, one after the other");
    }

    private static ExtractableResponse<Response> refer() {
        return run(Tokens.of("county.officer"), "referral/referChild", "input",
                TestReferrals.input(TestChildren.register(), TestReferrals.DISABLED_PERSONS_FEDERATION))
                .body("errors", nullValue()).extract();
    }

    private static long alertsAbout(String subject, String kind) throws Exception {
        return Database.count("notification where subject_id = '" + subject + "' and kind = '" + kind + "'");
    }
}

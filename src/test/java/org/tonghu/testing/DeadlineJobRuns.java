package org.tonghu.testing;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;

import org.tonghu.notification.DeadlineAlerts;

/** The deadline-alert job run by a test at moments of its choosing, on the test's clock. */
public final class DeadlineJobRuns {

    private final MovableClock clock;
    private final DeadlineAlerts alerts;

    public DeadlineJobRuns(MovableClock clock, DeadlineAlerts alerts) {
        this.clock = clock;
        this.alerts = alerts;
    }

    /**
     * Stops the clock now and lets the job look up to now, after forgetting where it had looked: what follows is what
     * the test causes. Returns the moment.
     */
    public OffsetDateTime startNow() throws Exception {
        OffsetDateTime now = OffsetDateTime.now().truncatedTo(ChronoUnit.MICROS);
        clock.stopAt(now);
        Database.execute("delete from deadline_alert_mark");
        alerts.sendDue();
        return now;
    }

    /** Runs the job with the clock at this moment (and leaves it there). */
    public void runAt(OffsetDateTime moment) {
        clock.stopAt(moment);
        alerts.sendDue();
    }
}

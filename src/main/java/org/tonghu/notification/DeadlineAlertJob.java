package org.tonghu.notification;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

/**
 * Runs {@link DeadlineAlerts} on a schedule. Quartz fires it with its JDBC job store in clustered mode, so one instance
 * of the service runs each run; the marks' row locks and the notices' once-per-occasion make a second run harmless.
 */
@ApplicationScoped
class DeadlineAlertJob {

    private static final Logger LOG = Logger.getLogger(DeadlineAlertJob.class);

    private final DeadlineAlerts alerts;

    DeadlineAlertJob(DeadlineAlerts alerts) {
        this.alerts = alerts;
    }

    @Scheduled(identity = DeadlineAlerts.JOB, every = "${tonghu.notification.deadline-alerts.every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void send() {
        int written = alerts.sendDue();
        if (written > 0) {
            LOG.infof("Sent %d deadline alerts", written);
        }
    }
}

package org.tonghu.protection;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;
import org.tonghu.persistence.SqlFailures;

import io.quarkus.scheduler.Scheduled;

/**
 * Escalates mandatory reports not acknowledged in time. Quartz runs it with its JDBC job store in clustered mode, so
 * one instance of the service fires each run; the escalation itself is idempotent in the database as well
 * ({@link ProtectionReportService#escalateOverdueReceipts}), so a second run can add nothing.
 */
@ApplicationScoped
class ProtectionEscalationJob {

    private static final Logger LOG = Logger.getLogger(ProtectionEscalationJob.class);

    private final ProtectionReportService reports;

    ProtectionEscalationJob(ProtectionReportService reports) {
        this.reports = reports;
    }

    @Scheduled(identity = ProtectionReportService.ESCALATION_JOB, every = "${tonghu.protection.escalation.every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void escalate() {
        try {
            int added = reports.escalateOverdueReceipts();
            if (added > 0) {
                LOG.infof("Escalated %d mandatory-report receipts not acknowledged in time", added);
            }
        } catch (RuntimeException e) {
            // never the message: a PostgreSQL message can quote a report's row; the next run tries again
            LOG.warnf("The escalation of mandatory reports failed this time: %s", SqlFailures.describe(e));
        }
    }
}

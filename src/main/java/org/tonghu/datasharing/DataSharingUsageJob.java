package org.tonghu.datasharing;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

/**
 * Forgets the apps' request counts of windows long past ({@link DataSharingService#forgetOldUsage}), on a schedule
 * ({@code tonghu.data-sharing.usage-cleanup.every}); a second run on another instance finds nothing left to delete.
 */
@ApplicationScoped
class DataSharingUsageJob {

    private static final Logger LOG = Logger.getLogger(DataSharingUsageJob.class);

    private final DataSharingService agreements;

    DataSharingUsageJob(DataSharingService agreements) {
        this.agreements = agreements;
    }

    @Scheduled(identity = "data-sharing-usage-cleanup", every = "${tonghu.data-sharing.usage-cleanup.every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void forgetOldUsage() {
        int forgotten = agreements.forgetOldUsage();
        if (forgotten > 0) {
            LOG.infof("Forgot %d request counts of past windows", forgotten);
        }
    }
}

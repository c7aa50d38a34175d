package org.tonghu.schedule;

import java.sql.SQLException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;
import org.tonghu.persistence.SqlFailures;
import org.tonghu.time.ChinaTime;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Builds the visit compliance roll-up (visit_compliance_month) in the background: every region not yet built for the
 * window of months ending next month, county by county, each in a transaction of its own under the county's lock.
 * That covers a new database, regions added since, the next month (built ahead, so that a new month starts built) and
 * a policy change (which unbuilds everything). The writers' triggers keep what is built exact; until a region is
 * built, reports over it count directly.
 */
@ApplicationScoped
class ComplianceRollupJob {

    private static final Logger LOG = Logger.getLogger(ComplianceRollupJob.class);

    private final ScheduleStore store;
    private final ComplianceRollupConfig config;
    private ScheduledExecutorService executor;

    ComplianceRollupJob(ScheduleStore store, ComplianceRollupConfig config) {
        this.store = store;
        this.config = config;
    }

    void start(@Observes StartupEvent startup) {
        if (!config.enabled()) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "compliance-rollup");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::buildQuietly, config.initialDelay().toMillis(),
                config.every().toMillis(), TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent shutdown) {
        if (executor != null) {
            executor.shutdownNow();
        }
    }

    private void buildQuietly() {
        try {
            build();
        } catch (SQLException | RuntimeException e) {
            LOG.warnf("The compliance roll-up was not built this time (next try in %s): %s", config.every(),
                    SqlFailures.describe(e));
        }
    }

    /** Builds every region not built through next month; returns in how many townships (code prefixes) it built. */
    synchronized int build() throws SQLException {
        int current = ComplianceService.month(ChinaTime.today());
        int from = current - config.monthsKept();
        int through = current + 1;
        long started = System.nanoTime();
        int counties = 0;
        int townships = 0;
        int children = 0;
        for (String county : store.countiesToBuild(through)) {
            int[] built = store.buildCounty(county, from, through);
            counties++;
            townships += built[0];
            children += built[1];
        }
        if (counties > 0) {
            LOG.infof("Compliance roll-up built in %d counties (%d townships, %d children, months %d to %d) in %d ms",
                    counties, townships, children, from, through,
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
        }
        return townships;
    }
}

package org.tonghu.audit;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;
import org.tonghu.persistence.SqlFailures;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Links committed audit events into the hash chain, apart from the transactions that wrote them, so that those never
 * wait for each other (see R__audit_event_functions.sql). Every {@link AuditConfig#sealInterval()} it seals what has
 * been committed, in short transactions of {@value #BATCH} events at most; when another instance is sealing it leaves
 * the work to that one. An auditor's read seals first ({@link #sealCommitted()}), so it sees every event committed
 * before it.
 */
@ApplicationScoped
class AuditSealer {

    static final int BATCH = 5_000;
    private static final Logger LOG = Logger.getLogger(AuditSealer.class);

    private final AuditStore store;
    private final AuditConfig config;
    private ScheduledExecutorService schedule;

    AuditSealer(AuditStore store, AuditConfig config) {
        this.store = store;
        this.config = config;
    }

    void start(@Observes StartupEvent startup) {
        long interval = config.sealInterval().toMillis();
        if (interval <= 0) {
            return;
        }
        schedule = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "audit-sealer");
            thread.setDaemon(true);
            return thread;
        });
        schedule.scheduleWithFixedDelay(this::sealInBackground, 0, interval, TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent shutdown) throws InterruptedException {
        if (schedule != null) {
            schedule.shutdown();
            schedule.awaitTermination(10, TimeUnit.SECONDS);
        }
    }

    /**
     * Seals every event committed before the call, waiting for a sealer at work elsewhere to finish; returns how many
     * this call sealed. Runs in transactions of its own (suspending the caller's, if any): call it before a transaction
     * that should see the events sealed.
     */
    long sealCommitted() {
        long sealed = 0;
        int batch;
        do {
            batch = QuarkusTransaction.suspendingExisting().call(() -> store.seal(BATCH, true));
            sealed += batch;
        } while (batch == BATCH);
        return sealed;
    }

    private void sealInBackground() {
        try {
            int batch;
            do {
                batch = store.seal(BATCH, false);
            } while (batch == BATCH);
        } catch (RuntimeException e) {
            // the events stay unsealed, not lost: the next run (or an auditor's read) seals them
            LOG.warnf("Sealing audit events failed, retrying in %s: %s", config.sealInterval(),
                    SqlFailures.describe(e));
        }
    }
}

package org.tonghu.notification;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.tonghu.persistence.SqlFailures;
import org.tonghu.time.Clock;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * The alerts that time causes: for every {@link DeadlineAlertSource}, in a transaction of its own holding the source's
 * mark, the notices of what came near or passed between the mark and now, then the mark moved to now. Two runs at once
 * (two instances) take turns on the mark and the second finds an empty interval; a notice is written once per
 * occasion in any case. A source that fails keeps its mark, so its next run covers the interval again.
 */
@ApplicationScoped
public class DeadlineAlerts {

    static final String JOB = "deadline-alerts";
    private static final Logger LOG = Logger.getLogger(DeadlineAlerts.class);

    private final Instance<DeadlineAlertSource> sources;
    private final NotificationStore store;
    private final Clock clock;
    private final Duration firstLookBack;

    DeadlineAlerts(Instance<DeadlineAlertSource> sources, NotificationStore store, Clock clock,
            @ConfigProperty(name = "tonghu.notification.deadline-alerts.first-look-back") Duration firstLookBack) {
        this.sources = sources;
        this.store = store;
        this.clock = clock;
        this.firstLookBack = firstLookBack;
    }

    /** Sends the alerts of every source up to now; returns how many were written (not already there). */
    public int sendDue() {
        OffsetDateTime now = clock.now();
        int written = 0;
        for (DeadlineAlertSource source : sources) {
            try {
                written += QuarkusTransaction.requiringNew().call(() -> sendDue(source, now));
            } catch (RuntimeException e) {
                // never the message: a PostgreSQL message can quote a row; the mark stays, the next run retries
                LOG.warnf("The deadline alerts of %s failed this time: %s", source.name(), SqlFailures.describe(e));
            }
        }
        return written;
    }

    private int sendDue(DeadlineAlertSource source, OffsetDateTime now) {
        OffsetDateTime from = store.lockDeadlineMark(source.name(), now.minus(firstLookBack));
        int written = 0;
        if (from.isBefore(now)) {
            for (Notice notice : source.noticesBetween(from, now)) {
                if (store.insert(UUID.randomUUID(), notice)) {
                    written++;
                }
            }
        }
        store.moveDeadlineMark(source.name(), from.isBefore(now) ? now : from);
        return written;
    }
}

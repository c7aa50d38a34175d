package org.tonghu.protection;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.tonghu.notification.Deadline;
import org.tonghu.notification.DeadlineAlertSource;
import org.tonghu.notification.Notice;

/**
 * The acknowledgment deadlines of mandatory reports, for the alerts that time causes: a receiving organization is
 * alerted when a quarter of its time to acknowledge is left and when the time has passed (the escalation alerts the
 * level above, {@link ProtectionReportService#escalateOverdueReceipts}).
 */
@ApplicationScoped
class ReceiptDeadlines implements DeadlineAlertSource {

    private final ProtectionReportStore store;
    private final Duration longest;

    ReceiptDeadlines(ProtectionReportStore store, ProtectionConfig config) {
        this.store = store;
        Duration immediate = config.acknowledgeWithin().immediateDanger();
        Duration other = config.acknowledgeWithin().other();
        this.longest = immediate.compareTo(other) > 0 ? immediate : other;
    }

    @Override
    public String name() {
        return "protection-report-acknowledgment";
    }

    @Override
    public List<Notice> noticesBetween(OffsetDateTime from, OffsetDateTime to) {
        return Deadline.noticesBetween(store.openReceiptDeadlines(from, Deadline.latestDueAt(to, longest)), from, to);
    }
}

package org.tonghu.referral;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;

import org.tonghu.notification.Deadline;
import org.tonghu.notification.DeadlineAlertSource;
import org.tonghu.notification.Notice;
import org.tonghu.policy.CarePolicy;

/**
 * The answer deadlines of referrals, for the alerts that time causes: the receiving organization is alerted when a
 * quarter of its time to accept or decline is left, and when the time has passed.
 */
@ApplicationScoped
class AnswerDeadlines implements DeadlineAlertSource {

    private final ReferralStore store;
    private final Duration longest;

    AnswerDeadlines(ReferralStore store, CarePolicy policy) {
        this.store = store;
        this.longest = Stream.of(policy.referral().answerWithinRoutine(), policy.referral().answerWithinUrgent(),
                policy.referral().answerWithinEmergency()).max(Duration::compareTo).orElseThrow();
    }

    @Override
    public String name() {
        return "referral-answer";
    }

    @Override
    public List<Notice> noticesBetween(OffsetDateTime from, OffsetDateTime to) {
        return Deadline.noticesBetween(store.pendingAnswerDeadlines(from, Deadline.latestDueAt(to, longest)), from, to);
    }
}

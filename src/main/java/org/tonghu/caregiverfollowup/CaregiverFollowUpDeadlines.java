package org.tonghu.caregiverfollowup;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.tonghu.notification.Addressee;
import org.tonghu.notification.DeadlineAlertSource;
import org.tonghu.notification.Notice;
import org.tonghu.notification.NotificationKind;
import org.tonghu.security.Roles;

/**
 * The deadlines of open caregiver follow-ups, for the deadline-alert job: a follow-up whose deadline comes within
 * {@code near-before} alerts the directors of the child's village once (occasion "near"), and once more when the
 * deadline passes (occasion "passed"). Reads only the follow-ups due in the asked interval (or in it shifted by
 * {@code near-before}), through the partial index on open deadlines.
 */
@ApplicationScoped
public class CaregiverFollowUpDeadlines implements DeadlineAlertSource {

    static final String NAME = "caregiver-follow-up";

    private final CaregiverFollowUpStore store;
    private final CaregiverFollowUpConfig config;

    CaregiverFollowUpDeadlines(CaregiverFollowUpStore store, CaregiverFollowUpConfig config) {
        this.store = store;
        this.config = config;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Notice> noticesBetween(OffsetDateTime from, OffsetDateTime to) {
        List<Notice> notices = new ArrayList<>();
        // near: the moment due_at - nearBefore lies in (from, to], i.e. due_at in (from + near, to + near]
        for (CaregiverFollowUpStore.Due due : store.listOpenDueBetween(from.plus(config.nearBefore()),
                to.plus(config.nearBefore()))) {
            notices.add(notice(NotificationKind.DEADLINE_NEAR, due, "near"));
        }
        for (CaregiverFollowUpStore.Due due : store.listOpenDueBetween(from, to)) {
            notices.add(notice(NotificationKind.DEADLINE_PASSED, due, "passed"));
        }
        return notices;
    }

    private static Notice notice(NotificationKind kind, CaregiverFollowUpStore.Due due, String occasion) {
        return new Notice(kind, CaregiverFollowUpService.SUBJECT_TYPE, due.id(),
                Addressee.roleInRegion(Roles.VILLAGE_DIRECTOR, due.villageCode()), occasion, due.dueAt());
    }
}

package org.tonghu.notification;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Something someone must do by a moment, given at another: a report to acknowledge, a referral to answer. It comes
 * near when three quarters of the time given are gone (a quarter left: 15 minutes of an hour, 6 hours of a day, 42
 * hours of a week), and passes at its moment; {@link #noticesBetween} turns the open ones of a source into the
 * {@link NotificationKind#DEADLINE_NEAR} and {@link NotificationKind#DEADLINE_PASSED} alerts of an interval.
 */
public record Deadline(String subjectType, UUID subjectId, Addressee to, OffsetDateTime givenAt,
        OffsetDateTime dueAt) {

    static final String NEAR = "deadline-near";
    static final String PASSED = "deadline-passed";

    /** When the deadline comes near: a quarter of the time given left. */
    public OffsetDateTime nearAt() {
        return dueAt.minus(Duration.between(givenAt, dueAt).dividedBy(4));
    }

    /**
     * The latest moment of a deadline that may come near by {@code to}, when no deadline is given more than
     * {@code longest}: a source reads its open deadlines with moments in {@code (from, latestDueAt(to, longest)]}.
     */
    public static OffsetDateTime latestDueAt(OffsetDateTime to, Duration longest) {
        return to.plus(longest.dividedBy(4));
    }

    /**
     * The alerts of these open deadlines for the interval {@code (from, to]}: passed if the moment falls in it, else
     * near if the quarter-left moment does; nothing otherwise (a near alert of an earlier interval is not repeated).
     */
    public static List<Notice> noticesBetween(List<Deadline> open, OffsetDateTime from, OffsetDateTime to) {
        List<Notice> notices = new ArrayList<>();
        for (Deadline deadline : open) {
            if (within(deadline.dueAt, from, to)) {
                notices.add(deadline.notice(NotificationKind.DEADLINE_PASSED, PASSED));
            } else if (within(deadline.nearAt(), from, to)) {
                notices.add(deadline.notice(NotificationKind.DEADLINE_NEAR, NEAR));
            }
        }
        return notices;
    }

    private Notice notice(NotificationKind kind, String occasion) {
        return new Notice(kind, subjectType, subjectId, to, occasion + ":" + dueAt.toInstant(), dueAt);
    }

    private static boolean within(OffsetDateTime moment, OffsetDateTime from, OffsetDateTime to) {
        return moment.isAfter(from) && !moment.isAfter(to);
    }
}

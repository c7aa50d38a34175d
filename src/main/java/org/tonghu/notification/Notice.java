package org.tonghu.notification;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * What a producer asks to be alerted: the kind, the record it is about (opened later with the reader's own access,
 * so a notice carries no personal data), who is alerted, the event that causes it ({@code occasion}: the same notice
 * for the same occasion is written once) and, if any, when something is due.
 */
public record Notice(NotificationKind kind, String subjectType, UUID subjectId, Addressee to, String occasion,
        OffsetDateTime dueAt) {
}

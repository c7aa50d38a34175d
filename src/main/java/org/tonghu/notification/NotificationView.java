package org.tonghu.notification;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** A notification in the reader's inbox. */
@Type("Notification")
@Description("An alert in your inbox (提醒): what happened, the record it is about (open it with your own access), and"
        + " whether you have read it. It holds no personal data itself.")
public record NotificationView(
        @NonNull @Id @Description("The notification's ID.") String id,
        @NonNull @Description("What happened.") NotificationKind kind,
        @Description("The type of the record it is about, e.g. REFERRAL or CONCERN.") @NonNull String subjectType,
        @Description("The id of the record it is about.") @NonNull @Id String subjectId,
        @Description("When something about it is due, if anything is.") OffsetDateTime dueAt,
        @NonNull OffsetDateTime createdAt,
        @Description("Whether you have marked it read.") @NonNull boolean read) {
}

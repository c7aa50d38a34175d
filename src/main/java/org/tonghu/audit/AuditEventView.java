package org.tonghu.audit;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** An audit event as the auditor sees it. */
@Type("AuditEvent")
@Description("One recorded access to children's data (审计事件): who did what to which records, and how it ended. "
        + "Written once, hash-chained.")
public record AuditEventView(
        @NonNull @Description("Its position in the trail, as decimal text (1, 2, ...).") String sequenceNumber,
        @NonNull OffsetDateTime occurredAt,
        @NonNull @Description("The subject (sub) of the caller's token.") String actorSubject,
        @Description("The caller's username, when the token has one.") String actorUsername,
        @Description("The caller's organization, if any.") String organizationId,
        @Description("The client (app) the token was issued to, when known.") String clientId,
        @NonNull @Description("The caller's roles, comma-separated.") String roles,
        @NonNull @Description("What was done (an operation name, e.g. CHILD_READ).") String operation,
        @NonNull @Description("The kind of record touched.") String recordType,
        @NonNull @Description("The IDs of the records touched, comma-separated.") String recordIds,
        @NonNull @Description("The sensitive fields shown, comma-separated; empty when none.") String fieldsRevealed,
        @NonNull @Description("How the access ended.") AuditResult result,
        @Description("The IP address the request came from; null outside a request.") String sourceAddress,
        @Description("The reason given, where the operation asks for one.") String reason,
        @NonNull @Description("This event's SHA-256 chain hash (64 hex digits), over its content and the previous "
                + "event's hash.") String hash) {

    static AuditEventView of(AuditEvent event) {
        return new AuditEventView(String.valueOf(event.sequenceNumber), event.occurredAt, event.actorSubject,
                event.actorUsername, event.organizationId == null ? null : event.organizationId.toString(),
                event.clientId, event.roles, event.operation, event.recordType, event.recordIds, event.fieldsRevealed,
                AuditResult.valueOf(event.result), event.sourceAddress, event.reason, event.hash);
    }
}

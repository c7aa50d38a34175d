package org.tonghu.audit;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** An audit event as the auditor sees it. */
@Type("AuditEvent")
public record AuditEventView(@NonNull String sequenceNumber, @NonNull OffsetDateTime occurredAt,
        @NonNull String actorSubject, String actorUsername, String organizationId, String clientId,
        @NonNull String roles, @NonNull String operation, @NonNull String recordType, @NonNull String recordIds,
        @NonNull String fieldsRevealed, @NonNull AuditResult result, String sourceAddress, String reason,
        @NonNull String hash) {

    static AuditEventView of(AuditEvent event) {
        return new AuditEventView(String.valueOf(event.sequenceNumber), event.occurredAt, event.actorSubject,
                event.actorUsername, event.organizationId == null ? null : event.organizationId.toString(),
                event.clientId, event.roles, event.operation, event.recordType, event.recordIds, event.fieldsRevealed,
                AuditResult.valueOf(event.result), event.sourceAddress, event.reason, event.hash);
    }
}

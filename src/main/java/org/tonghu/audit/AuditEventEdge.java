package org.tonghu.audit;

import org.eclipse.microprofile.graphql.NonNull;

/** One event in a page of audit events. */
public record AuditEventEdge(@NonNull String cursor, @NonNull AuditEventView node) {
}

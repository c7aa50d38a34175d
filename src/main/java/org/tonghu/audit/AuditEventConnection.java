package org.tonghu.audit;

import java.util.List;

import org.eclipse.microprofile.graphql.NonNull;
import org.tonghu.graphql.PageInfo;

/** A page of audit events, oldest first. */
public record AuditEventConnection(@NonNull List<@NonNull AuditEventEdge> edges, @NonNull PageInfo pageInfo) {
}

package org.tonghu.audit;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.tonghu.graphql.PageInfo;
import org.tonghu.graphql.PageRequest;

/** A page of audit events, oldest first. */
@Description("A page of audit events, oldest first.")
public record AuditEventConnection(
        @NonNull @Description(PageRequest.EDGES_DESCRIPTION) List<@NonNull AuditEventEdge> edges,
        @NonNull @Description(PageRequest.PAGE_INFO_DESCRIPTION) PageInfo pageInfo) {
}

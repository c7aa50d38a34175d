package org.tonghu.visit;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.tonghu.graphql.PageInfo;
import org.tonghu.graphql.PageRequest;

/** A page of a child's visits, latest first. */
@Description("A page of a child's visits, latest first.")
public record VisitConnection(
        @NonNull @Description(PageRequest.EDGES_DESCRIPTION) List<@NonNull VisitEdge> edges,
        @NonNull @Description(PageRequest.PAGE_INFO_DESCRIPTION) PageInfo pageInfo) {
}

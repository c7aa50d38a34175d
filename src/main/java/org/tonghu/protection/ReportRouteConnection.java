package org.tonghu.protection;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.tonghu.graphql.PageInfo;
import org.tonghu.graphql.PageRequest;

/** A page of report routes, by region code then receiver kind. */
@Description("A page of report routes, by region code then receiver kind.")
public record ReportRouteConnection(
        @NonNull @Description(PageRequest.EDGES_DESCRIPTION) List<@NonNull ReportRouteEdge> edges,
        @NonNull @Description(PageRequest.PAGE_INFO_DESCRIPTION) PageInfo pageInfo) {
}

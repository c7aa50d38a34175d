package org.tonghu.protection;

import java.util.List;

import org.eclipse.microprofile.graphql.NonNull;
import org.tonghu.graphql.PageInfo;

/** A page of report routes, by region code then receiver kind. */
public record ReportRouteConnection(@NonNull List<@NonNull ReportRouteEdge> edges, @NonNull PageInfo pageInfo) {
}

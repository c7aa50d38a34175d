package org.tonghu.protection;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.tonghu.graphql.PageRequest;

/** One route in a page of report routes. */
@Description("One route in a page of report routes.")
public record ReportRouteEdge(
        @NonNull @Description(PageRequest.CURSOR_DESCRIPTION) String cursor,
        @NonNull @Description(PageRequest.NODE_DESCRIPTION) ReportRouteView node) {
}

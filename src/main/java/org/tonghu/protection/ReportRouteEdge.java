package org.tonghu.protection;

import org.eclipse.microprofile.graphql.NonNull;

/** One route in a page of report routes. */
public record ReportRouteEdge(@NonNull String cursor, @NonNull ReportRouteView node) {
}

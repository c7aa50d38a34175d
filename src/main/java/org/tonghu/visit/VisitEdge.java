package org.tonghu.visit;

import org.eclipse.microprofile.graphql.NonNull;

/** One visit in a page of visits. */
public record VisitEdge(@NonNull String cursor, @NonNull VisitView node) {
}

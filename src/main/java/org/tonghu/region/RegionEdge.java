package org.tonghu.region;

import org.eclipse.microprofile.graphql.NonNull;

/** One region in a page of regions, with the cursor that points at it. */
public record RegionEdge(@NonNull String cursor, @NonNull RegionView node) {
}

package org.tonghu.placement;

import org.eclipse.microprofile.graphql.NonNull;

/** One placement in a page of placements. */
public record PlacementEdge(@NonNull String cursor, @NonNull PlacementView node) {
}

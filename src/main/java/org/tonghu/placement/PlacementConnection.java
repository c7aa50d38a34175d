package org.tonghu.placement;

import java.util.List;

import org.eclipse.microprofile.graphql.NonNull;
import org.tonghu.graphql.PageInfo;

/** A page of placements, by next review date (reviews due first). */
public record PlacementConnection(@NonNull List<@NonNull PlacementEdge> edges, @NonNull PageInfo pageInfo) {
}

package org.tonghu.placement;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.tonghu.graphql.PageInfo;
import org.tonghu.graphql.PageRequest;

/** A page of placements, by next review date (reviews due first). */
@Description("A page of placements, by next review date (reviews due first).")
public record PlacementConnection(
        @NonNull @Description(PageRequest.EDGES_DESCRIPTION) List<@NonNull PlacementEdge> edges,
        @NonNull @Description(PageRequest.PAGE_INFO_DESCRIPTION) PageInfo pageInfo) {
}

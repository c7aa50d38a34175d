package org.tonghu.region;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.tonghu.graphql.PageInfo;
import org.tonghu.graphql.PageRequest;

/** A page of regions, ordered by code. */
@Description("A page of regions, ordered by code.")
public record RegionConnection(
        @NonNull @Description(PageRequest.EDGES_DESCRIPTION) List<@NonNull RegionEdge> edges,
        @NonNull @Description(PageRequest.PAGE_INFO_DESCRIPTION) PageInfo pageInfo) {
}

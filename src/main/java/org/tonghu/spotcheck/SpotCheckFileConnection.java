package org.tonghu.spotcheck;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;

import org.eclipse.microprofile.graphql.NonNull;
import org.tonghu.graphql.PageInfo;
import org.tonghu.graphql.PageRequest;

/** A page of the files drawn by a spot check, by township and rank in the draw. */
@Description("A page of the files drawn by a spot check (抽查), by township and rank in the draw.")
public record SpotCheckFileConnection(
        @NonNull @Description(PageRequest.EDGES_DESCRIPTION) List<@NonNull SpotCheckFileEdge> edges,
        @NonNull @Description(PageRequest.PAGE_INFO_DESCRIPTION) PageInfo pageInfo) {
}

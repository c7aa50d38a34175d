package org.tonghu.concern;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.tonghu.graphql.PageInfo;
import org.tonghu.graphql.PageRequest;

/** A page of concerns, latest raised first. */
@Description("A page of concerns, latest raised first.")
public record ConcernConnection(
        @NonNull @Description(PageRequest.EDGES_DESCRIPTION) List<@NonNull ConcernEdge> edges,
        @NonNull @Description(PageRequest.PAGE_INFO_DESCRIPTION) PageInfo pageInfo) {
}

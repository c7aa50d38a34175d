package org.tonghu.schedule;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.tonghu.graphql.PageInfo;
import org.tonghu.graphql.PageRequest;

/** A page of a work list, most urgent first. */
@Description("A page of a work list, most urgent first.")
public record WorkListConnection(
        @NonNull @Description(PageRequest.EDGES_DESCRIPTION) List<@NonNull WorkListEdge> edges,
        @NonNull @Description(PageRequest.PAGE_INFO_DESCRIPTION) PageInfo pageInfo) {
}

package org.tonghu.spotcheck;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;

import org.eclipse.microprofile.graphql.NonNull;
import org.tonghu.graphql.PageInfo;
import org.tonghu.graphql.PageRequest;

/** A page of rectification tasks, the earliest deadline first. */
@Description("A page of rectification tasks (整改), the earliest deadline first.")
public record RectificationTaskConnection(
        @NonNull @Description(PageRequest.EDGES_DESCRIPTION) List<@NonNull RectificationTaskEdge> edges,
        @NonNull @Description(PageRequest.PAGE_INFO_DESCRIPTION) PageInfo pageInfo) {
}

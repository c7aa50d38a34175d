package org.tonghu.child;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.tonghu.graphql.PageInfo;
import org.tonghu.graphql.PageRequest;
import org.tonghu.graphql.TotalCount;

/** A page of children, ordered by name then id. */
@Description("A page of children, ordered by name then id.")
public record ChildConnection(
        @NonNull @Description(PageRequest.EDGES_DESCRIPTION) List<@NonNull ChildEdge> edges,
        @NonNull @Description(PageRequest.PAGE_INFO_DESCRIPTION) PageInfo pageInfo,
        @NonNull @Description(TotalCount.DESCRIPTION) Integer totalCount) {

    /** A page without its total (not selected: not counted). */
    public ChildConnection(List<ChildEdge> edges, PageInfo pageInfo) {
        this(edges, pageInfo, null);
    }

    /** This page with the list's total. */
    public ChildConnection withTotalCount(Integer count) {
        return new ChildConnection(edges, pageInfo, count);
    }
}

package org.tonghu.harbor;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.tonghu.graphql.PageInfo;
import org.tonghu.graphql.PageRequest;
import org.tonghu.graphql.TotalCount;

/** A page of Tongxin Harbor sites, ordered by village code. */
@Description("A page of Tongxin Harbor sites, ordered by village code.")
public record HarborSiteConnection(
        @NonNull @Description(PageRequest.EDGES_DESCRIPTION) List<@NonNull HarborSiteEdge> edges,
        @NonNull @Description(PageRequest.PAGE_INFO_DESCRIPTION) PageInfo pageInfo,
        @NonNull @Description(TotalCount.DESCRIPTION) Integer totalCount) {

    /** A page without its total (not selected: not counted). */
    public HarborSiteConnection(List<HarborSiteEdge> edges, PageInfo pageInfo) {
        this(edges, pageInfo, null);
    }

    /** This page with the list's total. */
    public HarborSiteConnection withTotalCount(Integer count) {
        return new HarborSiteConnection(edges, pageInfo, count);
    }
}

package org.tonghu.organization;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.tonghu.graphql.PageInfo;
import org.tonghu.graphql.PageRequest;
import org.tonghu.graphql.TotalCount;

/** A page of organizations, ordered by name. */
@Description("A page of organizations, ordered by name.")
public record OrganizationConnection(
        @NonNull @Description(PageRequest.EDGES_DESCRIPTION) List<@NonNull OrganizationEdge> edges,
        @NonNull @Description(PageRequest.PAGE_INFO_DESCRIPTION) PageInfo pageInfo,
        @NonNull @Description(TotalCount.DESCRIPTION) Integer totalCount) {

    /** A page without its total (not selected: not counted). */
    public OrganizationConnection(List<OrganizationEdge> edges, PageInfo pageInfo) {
        this(edges, pageInfo, null);
    }

    /** This page with the list's total. */
    public OrganizationConnection withTotalCount(Integer count) {
        return new OrganizationConnection(edges, pageInfo, count);
    }
}

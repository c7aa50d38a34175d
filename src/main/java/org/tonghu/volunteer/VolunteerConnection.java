package org.tonghu.volunteer;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.tonghu.graphql.PageInfo;
import org.tonghu.graphql.PageRequest;
import org.tonghu.graphql.TotalCount;

/** A page of volunteers, ordered by name. */
@Description("A page of volunteers, ordered by name.")
public record VolunteerConnection(
        @NonNull @Description(PageRequest.EDGES_DESCRIPTION) List<@NonNull VolunteerEdge> edges,
        @NonNull @Description(PageRequest.PAGE_INFO_DESCRIPTION) PageInfo pageInfo,
        @NonNull @Description(TotalCount.DESCRIPTION) Integer totalCount) {

    /** A page without its total (not selected: not counted). */
    public VolunteerConnection(List<VolunteerEdge> edges, PageInfo pageInfo) {
        this(edges, pageInfo, null);
    }

    /** This page with the list's total. */
    public VolunteerConnection withTotalCount(Integer count) {
        return new VolunteerConnection(edges, pageInfo, count);
    }
}

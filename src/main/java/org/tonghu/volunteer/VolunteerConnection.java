package org.tonghu.volunteer;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.tonghu.graphql.PageInfo;
import org.tonghu.graphql.PageRequest;

/** A page of volunteers, ordered by name. */
@Description("A page of volunteers, ordered by name.")
public record VolunteerConnection(
        @NonNull @Description(PageRequest.EDGES_DESCRIPTION) List<@NonNull VolunteerEdge> edges,
        @NonNull @Description(PageRequest.PAGE_INFO_DESCRIPTION) PageInfo pageInfo) {
}

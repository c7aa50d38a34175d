package org.tonghu.caregiverfollowup;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.tonghu.graphql.PageInfo;
import org.tonghu.graphql.PageRequest;

/** A page of caregiver follow-ups, the nearest deadline first. */
@Description("A page of caregiver follow-ups, the nearest deadline first.")
public record CaregiverFollowUpConnection(
        @NonNull @Description(PageRequest.EDGES_DESCRIPTION) List<@NonNull CaregiverFollowUpEdge> edges,
        @NonNull @Description(PageRequest.PAGE_INFO_DESCRIPTION) PageInfo pageInfo) {
}

package org.tonghu.caregiverfollowup;

import java.util.List;

import org.eclipse.microprofile.graphql.NonNull;
import org.tonghu.graphql.PageInfo;

/** A page of caregiver follow-ups, the nearest deadline first. */
public record CaregiverFollowUpConnection(@NonNull List<@NonNull CaregiverFollowUpEdge> edges,
        @NonNull PageInfo pageInfo) {
}

package org.tonghu.caregiverfollowup;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.tonghu.graphql.PageRequest;

/** One follow-up in a page of caregiver follow-ups. */
@Description("One follow-up in a page of caregiver follow-ups.")
public record CaregiverFollowUpEdge(
        @NonNull @Description(PageRequest.CURSOR_DESCRIPTION) String cursor,
        @NonNull @Description(PageRequest.NODE_DESCRIPTION) CaregiverFollowUpView node) {
}

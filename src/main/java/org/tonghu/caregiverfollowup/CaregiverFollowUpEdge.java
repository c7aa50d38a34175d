package org.tonghu.caregiverfollowup;

import org.eclipse.microprofile.graphql.NonNull;

/** One follow-up in a page of caregiver follow-ups. */
public record CaregiverFollowUpEdge(@NonNull String cursor, @NonNull CaregiverFollowUpView node) {
}

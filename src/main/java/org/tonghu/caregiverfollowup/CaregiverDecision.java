package org.tonghu.caregiverfollowup;

import org.eclipse.microprofile.graphql.Description;

/** Who looks after the child from now on. */
@Description("Who looks after the child from now on.")
public enum CaregiverDecision {
    @Description("Another guardian of the child (guardianId) becomes the caregiver.")
    NEW_CAREGIVER,
    @Description("The current caregiver stays, able to care again with support (say which in the note).")
    CURRENT_CAREGIVER_STAYS
}

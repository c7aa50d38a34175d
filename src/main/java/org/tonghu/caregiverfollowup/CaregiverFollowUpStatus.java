package org.tonghu.caregiverfollowup;

import org.eclipse.microprofile.graphql.Description;

/** Where a caregiver follow-up stands. */
@Description("Where a caregiver follow-up stands.")
public enum CaregiverFollowUpStatus {
    @Description("Opened by a visit; the parents are to be told and a caregiver chosen by dueAt.")
    OPEN,
    @Description("Resolved, with a note.")
    RESOLVED
}

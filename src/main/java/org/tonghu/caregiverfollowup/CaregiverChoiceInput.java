package org.tonghu.caregiverfollowup;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** The caregiver chosen for the child. */
@Input("CaregiverChoiceInput")
@Description("The caregiver chosen for the child.")
public record CaregiverChoiceInput(
        @NonNull @Description("What was decided.") CaregiverDecision decision,
        @Id @Description("For NEW_CAREGIVER: a guardian linked to the child; otherwise none.") String guardianId,
        @Description("Up to 500 characters; for CURRENT_CAREGIVER_STAYS, the support that makes the caregiver able.")
        String note) {
}

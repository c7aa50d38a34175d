package org.tonghu.caregiverfollowup;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** The caregiver chosen. */
@Type("CaregiverChoice")
@Description("The caregiver chosen for the child in a caregiver follow-up.")
public record CaregiverChoiceView(
        @NonNull @Description("What was decided.") CaregiverDecision decision,
        @Id @Description("The guardian chosen as the new caregiver, where the decision names one.") String guardianId,
        @Description("A note on the decision.") String note,
        @NonNull OffsetDateTime chosenAt,
        @NonNull @Description("Who recorded the choice.") String chosenByName) {
}

package org.tonghu.caregiverfollowup;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** The caregiver chosen. */
@Type("CaregiverChoice")
public record CaregiverChoiceView(@NonNull CaregiverDecision decision, @Id String guardianId, String note,
        @NonNull OffsetDateTime chosenAt, @NonNull String chosenByName) {
}

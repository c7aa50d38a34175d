package org.tonghu.visit;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

/** What the visitor saw of the child's guardianship, in particular of an entrusted caregiver. */
@Input("GuardianshipObservationInput")
@Description("What you saw of the child's care at home; a caregiver found unable opens a caregiver follow-up.")
public record GuardianshipObservationInput(
        @Description("Whether the caregiver is able to look after the child.") Boolean caregiverAble,
        @Description("Whether the caregiver is willing to.") Boolean caregiverWilling,
        @Description("Up to 500 characters.") String note) {
}

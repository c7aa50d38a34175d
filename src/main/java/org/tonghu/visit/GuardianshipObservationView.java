package org.tonghu.visit;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;

/** What the visitor saw of the child's guardianship. */
@Type("GuardianshipObservation")
@Description("What the visitor saw of the child's care at home.")
public record GuardianshipObservationView(
        @Description("Whether the caregiver is able to look after the child.") Boolean caregiverAble,
        @Description("Whether the caregiver is willing to.") Boolean caregiverWilling,
        @Description("A note.") String note) {
}

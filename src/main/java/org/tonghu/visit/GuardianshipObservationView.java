package org.tonghu.visit;

import org.eclipse.microprofile.graphql.Type;

/** What the visitor saw of the child's guardianship. */
@Type("GuardianshipObservation")
public record GuardianshipObservationView(Boolean caregiverAble, Boolean caregiverWilling, String note) {
}

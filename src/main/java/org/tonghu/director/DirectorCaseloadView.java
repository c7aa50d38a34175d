package org.tonghu.director;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** One director's caseload: the active children of their village, shared with the village's other directors. */
@Type("DirectorCaseload")
public record DirectorCaseloadView(
        @NonNull AppointmentView director,
        @NonNull @Description("Active children in the director's village.") int activeChildren,
        @NonNull int highRiskChildren,
        @NonNull @Description("Children of the village overdue for a contact or home visit today.") int overdueChildren,
        @NonNull @Description("Active directors of the village, this one included.") int directorsInVillage,
        @NonNull @Description("activeChildren / directorsInVillage.") double childrenPerDirector) {
}

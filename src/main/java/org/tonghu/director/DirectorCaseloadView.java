package org.tonghu.director;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** One director's caseload: the active children of their village, shared with the village's other directors. */
@Type("DirectorCaseload")
@Description("One director's caseload: the active children of their village, shared with the village's other "
        + "directors.")
public record DirectorCaseloadView(
        @NonNull @Description("The director's appointment.") AppointmentView director,
        @NonNull @Description("Active children in the director's village.") int activeChildren,
        @NonNull @Description("Active children of the village at HIGH risk.") int highRiskChildren,
        @NonNull @Description("Children of the village overdue for a contact or home visit today.") int overdueChildren,
        @NonNull @Description("Active directors of the village, this one included.") int directorsInVillage,
        @NonNull @Description("Children per director: activeChildren / directorsInVillage.")
        double childrenPerDirector) {
}

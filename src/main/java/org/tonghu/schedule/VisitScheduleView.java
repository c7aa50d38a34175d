package org.tonghu.schedule;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** A child's visit schedule as the graph shows it; overdue is judged against today (China Standard Time). */
@Type("VisitSchedule")
@Description("When a child's next contact and home visit are due under the visit policy for their risk level.")
public record VisitScheduleView(
        @NonNull @Description("The last day by which a contact (or a home visit) is due.") LocalDate contactDueOn,
        @NonNull @Description("The last day by which a home visit is due.") LocalDate homeVisitDueOn,
        @NonNull @Description("Whether contactDueOn has passed.") boolean contactOverdue,
        @NonNull @Description("Whether homeVisitDueOn has passed.") boolean homeVisitOverdue,
        @Description("The latest contact or home visit; null if none.") LocalDate lastContactOn,
        @Description("The latest home visit; null if none.") LocalDate lastHomeVisitOn,
        @NonNull @Description("The policy's contact interval for the child's risk level.") int contactIntervalMonths,
        @NonNull @Description("The policy's home-visit interval for the child's risk level.")
        int homeVisitIntervalMonths,
        @NonNull @Description("How pressing the next visit is.") Urgency urgency) {

    /** Due within this many days counts as due soon. */
    static final int DUE_SOON_DAYS = 7;

    static VisitScheduleView of(VisitSchedule schedule, LocalDate today) {
        Urgency urgency = schedule.nextDueOn.isBefore(today) ? Urgency.OVERDUE
                : schedule.nextDueOn.isAfter(today.plusDays(DUE_SOON_DAYS)) ? Urgency.LATER : Urgency.DUE_SOON;
        return new VisitScheduleView(schedule.contactDueOn, schedule.homeVisitDueOn,
                schedule.contactDueOn.isBefore(today), schedule.homeVisitDueOn.isBefore(today), schedule.lastContactOn,
                schedule.lastHomeVisitOn, schedule.contactIntervalMonths, schedule.homeVisitIntervalMonths, urgency);
    }
}

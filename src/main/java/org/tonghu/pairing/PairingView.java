package org.tonghu.pairing;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** A pairing as the graph shows it; the child and the check-ins are resolved in batches. */
@Type("Pairing")
@Description("A one-to-one pairing of a volunteer with a child (结对帮扶), and when its next check-in is due.")
public record PairingView(
        @NonNull @Id @Description("The pairing's ID.") String id,
        @NonNull @Description("What kind of pairing it is.") PairingKind kind,
        @NonNull @Description("Active or ended.") PairingStatus status,
        @NonNull @Id @Description("The organization the volunteer belongs to.") String organizationId,
        @NonNull @Id @Description("The volunteer (or teacher).") String volunteerId,
        @NonNull @Description("The volunteer's name.") String volunteerName,
        @NonNull @Id @Description("The child.") String childId,
        @NonNull @Description("First day of the pairing.") LocalDate startsOn,
        @Description("When it is planned to end, if set.") LocalDate plannedEndOn,
        @Description("What the pairing is for.") String goals,
        @NonNull @Description("A check-in is due every so many days.") int checkInIntervalDays,
        @Description("The date of the latest check-in; null before the first.") LocalDate lastContactOn,
        @Description("Null once ended.") LocalDate nextCheckInDueOn,
        @NonNull @Description("Active and past nextCheckInDueOn.") boolean checkInOverdue,
        @Description("When it ended; null while active.") LocalDate endedOn,
        @Description("Why it ended; null while active.") String endReason,
        @NonNull @Description("Pass as expectedVersion when ending.") int version) {
}

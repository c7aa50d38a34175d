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
        @NonNull @Id String id,
        @NonNull PairingKind kind,
        @NonNull PairingStatus status,
        @NonNull @Id String organizationId,
        @NonNull @Id String volunteerId,
        @NonNull String volunteerName,
        @NonNull @Id String childId,
        @NonNull LocalDate startsOn,
        LocalDate plannedEndOn,
        String goals,
        @NonNull int checkInIntervalDays,
        LocalDate lastContactOn,
        @Description("Null once ended.") LocalDate nextCheckInDueOn,
        @NonNull boolean checkInOverdue,
        LocalDate endedOn,
        String endReason,
        @NonNull @Description("Pass as expectedVersion when ending.") int version) {
}

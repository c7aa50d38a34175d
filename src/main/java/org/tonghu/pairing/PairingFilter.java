package org.tonghu.pairing;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

/** Which of your organization's pairings to list. */
@Input("PairingFilter")
@Description("Which of your organization's pairings to list.")
public record PairingFilter(
        @Description("Default ACTIVE.") PairingStatus status,
        @Description("Only pairings of this kind.") PairingKind kind,
        @Id @Description("Only this volunteer's pairings.") String volunteerId,
        @Description("Only active pairings whose check-in is overdue.") Boolean checkInOverdue) {
}

package org.tonghu.pairing;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

/** Which of your organization's pairings to list. */
@Input("PairingFilter")
public record PairingFilter(
        @Description("Default ACTIVE.") PairingStatus status,
        PairingKind kind,
        @Id String volunteerId,
        @Description("Only active pairings whose check-in is overdue.") Boolean checkInOverdue) {
}

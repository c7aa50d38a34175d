package org.tonghu.pairing;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** A check-in as the graph shows it. */
@Type("PairingContact")
public record PairingContactView(@NonNull @Id String id, @NonNull @Id String pairingId, @NonNull LocalDate contactedOn,
        @NonNull PairingContactMode mode, String notes, @NonNull String recordedByName) {

    static PairingContactView of(PairingContact contact) {
        return new PairingContactView(contact.id.toString(), contact.pairingId.toString(), contact.contactedOn,
                contact.mode, contact.notes, contact.recordedByName);
    }
}

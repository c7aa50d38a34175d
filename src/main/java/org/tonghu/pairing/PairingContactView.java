package org.tonghu.pairing;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** A check-in as the graph shows it. */
@Type("PairingContact")
@Description("A check-in between a paired volunteer and the child.")
public record PairingContactView(
        @NonNull @Id @Description("The check-in's ID.") String id,
        @NonNull @Id @Description("The pairing.") String pairingId,
        @NonNull @Description("When they were in touch.") LocalDate contactedOn,
        @NonNull @Description("How they were in touch.") PairingContactMode mode,
        @Description("Notes, up to 2000 characters.") String notes,
        @NonNull @Description("Who recorded it.") String recordedByName) {

    static PairingContactView of(PairingContact contact) {
        return new PairingContactView(contact.id.toString(), contact.pairingId.toString(), contact.contactedOn,
                contact.mode, contact.notes, contact.recordedByName);
    }
}

package org.tonghu.pairing;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** A volunteer whose background check needs renewing, and how many children they are paired with. */
@Type("VolunteerCheckRow")
@Description("A volunteer whose background check needs renewing, and how many children they are paired with.")
public record VolunteerCheckRow(
        @NonNull @Id @Description("The volunteer.") String volunteerId,
        @NonNull @Description("The volunteer's name.") String personName,
        @Description("When the background check expires; null if none recorded.") LocalDate backgroundCheckExpiresOn,
        @NonNull @Description("Whether it has expired already.") boolean expired,
        @NonNull @Description("The volunteer's active pairings.") int activePairings) {
}

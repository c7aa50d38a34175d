package org.tonghu.pairing;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** A volunteer whose background check needs renewing, and how many children they are paired with. */
@Type("VolunteerCheckRow")
public record VolunteerCheckRow(@NonNull @Id String volunteerId, @NonNull String personName,
        LocalDate backgroundCheckExpiresOn, @NonNull boolean expired, @NonNull int activePairings) {
}

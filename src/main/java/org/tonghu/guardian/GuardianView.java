package org.tonghu.guardian;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** A guardian as the graph shows it; contact details are null where the caller may not see them (ChildFieldPolicy). */
@Type("Guardian")
public record GuardianView(
        @NonNull @Id String id,
        @NonNull String name,
        String phone,
        @Description("Where the guardian works, e.g. a city in another province for parents working away.")
        String workplace,
        Boolean worksAway,
        GuardianshipCapacity capacity,
        String capacityNote,
        @NonNull @Description("The region the guardian is registered under.") String regionCode,
        @NonNull int version) {
}

package org.tonghu.guardian;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** A guardian as the graph shows it; contact details are null where the caller may not see them (ChildFieldPolicy). */
@Type("Guardian")
@Description("A guardian, parent or entrusted caregiver (监护人/父母/被委托照护人). Contact details are null where your work "
        + "does not need them.")
public record GuardianView(
        @NonNull @Id @Description("The guardian's ID.") String id,
        @NonNull @Description("The guardian's name.") String name,
        @Description("Phone number; null where you may not see it.") String phone,
        @Description("Where the guardian works, e.g. a city in another province for parents working away.")
        String workplace,
        @Description("Whether the guardian works away from home (外出务工); null where you may not see it.")
        Boolean worksAway,
        @Description("Whether the guardian is able to care for the child (监护能力); null where you may not see it.")
        GuardianshipCapacity capacity,
        @Description("A note on the capacity; null where you may not see it.") String capacityNote,
        @NonNull @Description("The region the guardian is registered under.") String regionCode,
        @NonNull @Description("Pass as expectedVersion when updating.") int version) {
}

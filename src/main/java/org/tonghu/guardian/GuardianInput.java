package org.tonghu.guardian;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** What a caller may write about a guardian. */
@Input("GuardianInput")
@Description("What a caller may write about a guardian.")
public record GuardianInput(
        @NonNull @Description("The guardian's name, up to 50 characters.") String name,
        @Description("A mainland mobile (11 digits) or landline number.") String phone,
        @Description("Where the guardian works, up to 200 characters.") String workplace,
        @NonNull @Description("Whether the guardian works away from home (外出务工).") boolean worksAway,
        @NonNull @Description("Whether the guardian is able to care for the child (监护能力).")
        GuardianshipCapacity capacity,
        @Description("A note on the capacity, up to 500 characters.") String capacityNote,
        @NonNull @Description("A region inside your jurisdiction.") String regionCode) {
}

package org.tonghu.guardian;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** What a caller may write about a guardian. */
@Input("GuardianInput")
public record GuardianInput(
        @NonNull String name,
        @Description("A mainland mobile (11 digits) or landline number.") String phone,
        String workplace,
        @NonNull boolean worksAway,
        @NonNull GuardianshipCapacity capacity,
        String capacityNote,
        @NonNull @Description("A region inside your jurisdiction.") String regionCode) {
}

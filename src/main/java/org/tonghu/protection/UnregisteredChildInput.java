package org.tonghu.protection;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** A child not registered, as the reporter can describe them. */
@Input("ReportedChildInput")
@Description("A child not registered, as you can describe them.")
public record UnregisteredChildInput(
        @NonNull @Description("The child's name, or what they are called (up to 50 characters).") String name,
        @Description("Approximate age in years, 0 to 17.") Integer approximateAge,
        @NonNull @Description("The village or township where the child was found.") String regionCode,
        @Description("The guardian, if known (up to 200 characters).") String guardian) {
}

package org.tonghu.protection;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** A child described in a report without being registered. */
@Type("ReportedChild")
@Description("A child as the reporter described them, when not registered.")
public record UnregisteredChildView(
        @NonNull @Description("The child's name, or what they are called.") String name,
        @Description("Approximate age in years.") Integer approximateAge,
        @NonNull @Description("The village or township where the child was found.") String regionCode,
        @Description("The guardian, if known.") String guardian) {
}

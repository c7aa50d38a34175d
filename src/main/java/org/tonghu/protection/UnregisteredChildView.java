package org.tonghu.protection;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** A child described in a report without being registered. */
@Type("ReportedChild")
public record UnregisteredChildView(
        @NonNull String name,
        Integer approximateAge,
        @NonNull @Description("The village or township where the child was found.") String regionCode,
        @Description("The guardian, if known.") String guardian) {
}

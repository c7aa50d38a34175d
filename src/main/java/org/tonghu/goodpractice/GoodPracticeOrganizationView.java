package org.tonghu.goodpractice;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** An organization named on a case. */
@Type("GoodPracticeOrganization")
@Description("An organization named on a good-practice case as having done the work.")
public record GoodPracticeOrganizationView(
        @NonNull @Description("The organization's ID.") @Id String id,
        @NonNull @Description("The organization's name.") String name) {
}

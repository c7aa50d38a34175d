package org.tonghu.goodpractice;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** An organization named on a case. */
@Type("GoodPracticeOrganization")
public record GoodPracticeOrganizationView(@NonNull @Id String id, @NonNull String name) {
}

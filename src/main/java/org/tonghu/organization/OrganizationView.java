package org.tonghu.organization;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** An organization as the graph shows it. */
@Type("Organization")
public record OrganizationView(@NonNull @Id String id, @NonNull String name, @NonNull OrganizationKind kind,
        @NonNull String regionCode) {

    static OrganizationView of(Organization organization) {
        return new OrganizationView(organization.id.toString(), organization.name, organization.kind,
                organization.regionCode);
    }
}

package org.tonghu.organization;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** An organization as the graph shows it. Organizations are public bodies: every signed-in caller may read them. */
@Type("Organization")
public record OrganizationView(@NonNull @Id String id, @NonNull String name, @NonNull OrganizationKind kind,
        @NonNull @Description("The region the organization works in.") String regionCode, String contactName,
        String contactPhone, @NonNull int version) {

    static OrganizationView of(Organization organization) {
        return new OrganizationView(organization.id.toString(), organization.name, organization.kind,
                organization.regionCode, organization.contactName, organization.contactPhone,
                (int) organization.version);
    }
}

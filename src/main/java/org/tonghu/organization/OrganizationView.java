package org.tonghu.organization;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** An organization as the graph shows it. Organizations are public bodies: every signed-in caller may read them. */
@Type("Organization")
@Description("An agency or partner (合作单位) that works with children: public bodies and registered NGOs. Every "
        + "signed-in caller may read them.")
public record OrganizationView(
        @NonNull @Id @Description("The organization's ID.") String id,
        @NonNull @Description("Its name.") String name,
        @NonNull @Description("What kind of body it is.") OrganizationKind kind,
        @NonNull @Description("The region the organization works in.") String regionCode,
        @Description("Its contact person.") String contactName,
        @Description("Its contact phone.") String contactPhone,
        @NonNull @Description("Pass as expectedVersion when updating.") int version) {

    static OrganizationView of(Organization organization) {
        return new OrganizationView(organization.id.toString(), organization.name, organization.kind,
                organization.regionCode, organization.contactName, organization.contactPhone,
                (int) organization.version);
    }
}

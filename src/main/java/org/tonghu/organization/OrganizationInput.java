package org.tonghu.organization;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** What a caller may write about an organization. */
@Input("OrganizationInput")
@Description("What a caller may write about an organization.")
public record OrganizationInput(
        @NonNull @Description("Its name, up to 200 characters.") String name,
        @NonNull @Description("What kind of body it is.") OrganizationKind kind,
        @NonNull @Description("The region it works in, inside your jurisdiction.") String regionCode,
        @Description("Its contact person, up to 50 characters.") String contactName,
        @Description("Its contact phone: a mainland mobile (11 digits) or landline number.") String contactPhone) {
}

package org.tonghu.organization;

import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** What a caller may write about an organization. */
@Input("OrganizationInput")
public record OrganizationInput(@NonNull String name, @NonNull OrganizationKind kind, @NonNull String regionCode,
        String contactName, String contactPhone) {
}

package org.tonghu.organization;

import jakarta.annotation.security.RolesAllowed;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.tonghu.graphql.ConflictException;
import org.tonghu.graphql.PageRequest;
import org.tonghu.graphql.TotalCount;
import org.tonghu.idempotency.Idempotent;
import org.tonghu.security.Roles;

import io.smallrye.graphql.api.Context;

import io.quarkus.security.Authenticated;

/** Organizations in the graph: readable by every signed-in caller (they are public bodies and registered NGOs). */
@GraphQLApi
@Authenticated
public class OrganizationGraphQL {

    private final Context context;
    private final OrganizationService organizations;

    OrganizationGraphQL(OrganizationService organizations, Context context) {
        this.context = context;
        this.organizations = organizations;
    }

    @Query("organization")

    @Description("The organization with this ID (organizations are public to signed-in callers).")
    public @NonNull OrganizationView organization(
            @Name("id") @Description("The organization's ID.") @NonNull @Id String id) {
        return organizations.findOrganization(id);
    }

    @Query("organizations")
    @Description("A page of organizations, by name, optionally working under a region, of a kind, or by part of the "
            + "name. first: 1 to 100, default 20.")
    public @NonNull OrganizationConnection organizations(
            @Name("regionCode") @Description("Only organizations under this region.") String regionCode,
            @Name("kind") @Description("Only organizations of this kind.") OrganizationKind kind,
            @Name("nameContains") @Description("Part of the name, 1 to 100 characters.") String nameContains,
            @Name("first") @Description(PageRequest.FIRST_DESCRIPTION) Integer first,
            @Name("after") @Description(PageRequest.AFTER_DESCRIPTION) String after) {
        return organizations.listOrganizations(regionCode, kind, nameContains, first, after,
                TotalCount.requested(context));
    }

    @Mutation("createOrganization")

    @Description("Registers an organization in a region of your jurisdiction.")
    @Idempotent
    @RolesAllowed({ Roles.SYSTEM_ADMINISTRATOR, Roles.PROVINCE_OFFICER, Roles.CITY_OFFICER })
    public @NonNull OrganizationView createOrganization(
            @Name("input") @Description("The organization.") @NonNull OrganizationInput input) {
        return organizations.createOrganization(input);
    }

    @Mutation("updateOrganization")
    @Description("A stale expectedVersion gets CONFLICT and changes nothing.")
    @RolesAllowed({ Roles.SYSTEM_ADMINISTRATOR, Roles.PROVINCE_OFFICER, Roles.CITY_OFFICER })
    public @NonNull OrganizationView updateOrganization(
            @Name("id") @Description("The organization's ID.") @NonNull @Id String id,
            @Name("expectedVersion") @NonNull @Description(ConflictException.EXPECTED_VERSION) int expectedVersion,
            @Name("input") @Description("Its new details.") @NonNull OrganizationInput input) {
        return organizations.updateOrganization(id, expectedVersion, input);
    }
}

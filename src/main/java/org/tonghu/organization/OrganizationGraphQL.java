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
import org.tonghu.idempotency.Idempotent;
import org.tonghu.security.Roles;

import io.quarkus.security.Authenticated;

/** Organizations in the graph: readable by every signed-in caller (they are public bodies and registered NGOs). */
@GraphQLApi
@Authenticated
public class OrganizationGraphQL {

    private final OrganizationService organizations;

    OrganizationGraphQL(OrganizationService organizations) {
        this.organizations = organizations;
    }

    @Query("organization")
    public @NonNull OrganizationView organization(@Name("id") @NonNull @Id String id) {
        return organizations.findOrganization(id);
    }

    @Query("organizations")
    @Description("A page of organizations, by name, optionally working under a region, of a kind, or by part of the "
            + "name. first: 1 to 100, default 20.")
    public @NonNull OrganizationConnection organizations(@Name("regionCode") String regionCode,
            @Name("kind") OrganizationKind kind, @Name("nameContains") String nameContains,
            @Name("first") @Description(PageRequest.FIRST_DESCRIPTION) Integer first,
            @Name("after") @Description(PageRequest.AFTER_DESCRIPTION) String after) {
        return organizations.listOrganizations(regionCode, kind, nameContains, first, after);
    }

    @Mutation("createOrganization")
    @Idempotent
    @RolesAllowed({ Roles.SYSTEM_ADMINISTRATOR, Roles.PROVINCE_OFFICER, Roles.CITY_OFFICER })
    public @NonNull OrganizationView createOrganization(@Name("input") @NonNull OrganizationInput input) {
        return organizations.createOrganization(input);
    }

    @Mutation("updateOrganization")
    @Description("A stale expectedVersion gets CONFLICT and changes nothing.")
    @RolesAllowed({ Roles.SYSTEM_ADMINISTRATOR, Roles.PROVINCE_OFFICER, Roles.CITY_OFFICER })
    public @NonNull OrganizationView updateOrganization(@Name("id") @NonNull @Id String id,
            @Name("expectedVersion") @NonNull @Description(ConflictException.EXPECTED_VERSION) int expectedVersion,
            @Name("input") @NonNull OrganizationInput input) {
        return organizations.updateOrganization(id, expectedVersion, input);
    }
}

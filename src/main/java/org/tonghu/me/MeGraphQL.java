package org.tonghu.me;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.tonghu.security.CurrentUser;
import org.tonghu.organization.OrganizationService;
import org.tonghu.region.RegionService;

import io.quarkus.security.Authenticated;

/** {@code me}: who the caller is, as Tonghu understands their token. */
@GraphQLApi
@Authenticated
public class MeGraphQL {

    private final CurrentUser currentUser;
    private final RegionService regions;
    private final OrganizationService organizations;

    MeGraphQL(CurrentUser currentUser, RegionService regions, OrganizationService organizations) {
        this.currentUser = currentUser;
        this.regions = regions;
        this.organizations = organizations;
    }

    @Query("me")
    @Description("Who I am, my roles, my region and my organization.")
    public @NonNull MeView me() {
        return new MeView(
                currentUser.subject(),
                currentUser.username().orElse(null),
                currentUser.displayName(),
                currentUser.roles(),
                currentUser.region().flatMap(regions::findRegion).orElse(null),
                currentUser.organizationId().flatMap(organizations::findOrganization).orElse(null),
                currentUser.clientId().orElse(null));
    }
}

package org.tonghu.harbor;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.tonghu.graphql.ConflictException;
import org.tonghu.graphql.PageRequest;
import org.tonghu.graphql.TotalCount;
import org.tonghu.idempotency.Idempotent;
import org.tonghu.organization.OrganizationService;
import org.tonghu.organization.OrganizationView;
import org.tonghu.region.RegionService;
import org.tonghu.region.RegionView;
import org.tonghu.security.Roles;

import io.smallrye.graphql.api.Context;

/** Tongxin Harbor sites in the graph, with their village and operating organization. */
@GraphQLApi
@RolesAllowed({ Roles.PROVINCE_OFFICER, Roles.CITY_OFFICER, Roles.COUNTY_OFFICER, Roles.TOWNSHIP_SUPERVISOR,
        Roles.VILLAGE_DIRECTOR, Roles.PARTNER_STAFF, Roles.THIRD_PARTY_APP })
public class HarborSiteGraphQL {

    private final Context context;
    private final HarborSiteService sites;
    private final RegionService regions;
    private final OrganizationService organizations;

    HarborSiteGraphQL(HarborSiteService sites, RegionService regions, OrganizationService organizations,
            Context context) {
        this.context = context;
        this.sites = sites;
        this.regions = regions;
        this.organizations = organizations;
    }

    @Query("harborSite")

    @Description("The Tongxin Harbor site with this ID.")
    public @NonNull HarborSiteView harborSite(@Name("id") @Description("The site's ID.") @NonNull @Id String id) {
        return sites.findHarborSite(id);
    }

    @Query("harborSites")
    @Description("A page of Tongxin Harbor sites, optionally under a region or of an operating organization.")
    public @NonNull HarborSiteConnection harborSites(
            @Name("regionCode") @Description("Only sites in villages under this region.") String regionCode,
            @Name("organizationId") @Description("Only sites run by this organization.") @Id String organizationId,
            @Name("first") @Description(PageRequest.FIRST_DESCRIPTION) Integer first,
            @Name("after") @Description(PageRequest.AFTER_DESCRIPTION) String after) {
        return sites.listHarborSites(regionCode, organizationId, first, after, TotalCount.requested(context));
    }

    @Description("The Tongxin Harbor sites the organization runs.")
    public List<@NonNull List<@NonNull HarborSiteView>> harborSites(@Source List<OrganizationView> sources) {
        return sites.sitesOf(sources);
    }

    @Description("The village the site is in.")
    public List<@NonNull RegionView> village(@Source List<HarborSiteView> sources) {
        Map<String, RegionView> villages = regions.findRegions(sources.stream().map(HarborSiteView::villageCode)
                .collect(Collectors.toSet()));
        return sources.stream().map(site -> villages.get(site.villageCode())).toList();
    }

    @Description("The organization that runs the site.")
    public List<@NonNull OrganizationView> operatingOrganization(@Source List<HarborSiteView> sources) {
        Map<UUID, OrganizationView> found = organizations.findOrganizations(sources.stream()
                .map(site -> UUID.fromString(site.operatingOrganizationId())).collect(Collectors.toSet()));
        return sources.stream().map(site -> found.get(UUID.fromString(site.operatingOrganizationId()))).toList();
    }

    @Mutation("createHarborSite")

    @Description("Registers a Tongxin Harbor site: of your own organization, or in a village of your jurisdiction.")
    @Idempotent
    public @NonNull HarborSiteView createHarborSite(
            @Name("input") @Description("The site.") @NonNull HarborSiteInput input) {
        return sites.createHarborSite(input);
    }

    @Mutation("updateHarborSite")
    @Description("A stale expectedVersion gets CONFLICT and changes nothing.")
    public @NonNull HarborSiteView updateHarborSite(
            @Name("id") @Description("The site's ID.") @NonNull @Id String id,
            @Name("expectedVersion") @NonNull @Description(ConflictException.EXPECTED_VERSION) int expectedVersion,
            @Name("input") @Description("The site's new details.") @NonNull HarborSiteInput input) {
        return sites.updateHarborSite(id, expectedVersion, input);
    }
}

package org.tonghu.region;

import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.tonghu.graphql.PageRequest;
import org.tonghu.idempotency.Idempotent;
import org.tonghu.regioncode.RegionCode;
import org.tonghu.security.CurrentUser;
import org.tonghu.security.Roles;

import io.quarkus.security.Authenticated;

/** The regions part of the graph: translates between GraphQL and {@link RegionService}, nothing more. */
@GraphQLApi
@Authenticated
public class RegionGraphQL {

    private final RegionService regions;
    private final CurrentUser currentUser;

    RegionGraphQL(RegionService regions, CurrentUser currentUser) {
        this.regions = regions;
        this.currentUser = currentUser;
    }

    @Query("region")
    @Description("The region with this 12-digit code.")
    public @NonNull RegionView region(@Name("code") @Description("The 12-digit region code.") @NonNull String code) {
        return regions.findRegion(code);
    }

    @Query("regions")
    @Description("A page of the children of a region, or of the top of the tree without parentCode. "
            + "first: 1 to 100, default 20.")
    public @NonNull RegionConnection regions(
            @Name("parentCode") @Description("The parent region's code; omit for the top of the tree.")
            String parentCode,
            @Name("first") @Description(PageRequest.FIRST_DESCRIPTION) Integer first,
            @Name("after") @Description(PageRequest.AFTER_DESCRIPTION) String after) {
        return regions.listRegions(parentCode, first, after);
    }

    @Description("The region one level up; null for a province.")
    public List<RegionView> parent(@Source List<RegionView> sources) {
        return regions.findParents(sources);
    }

    @Description("The regions above this one, province first.")
    public List<@NonNull List<@NonNull RegionView>> ancestors(@Source List<RegionView> sources) {
        return regions.findAncestors(sources);
    }

    @Description("A page of the regions one level down. first: 1 to 100, default 20.")
    public List<@NonNull RegionConnection> children(@Source List<RegionView> sources,
            @Name("first") @Description(PageRequest.FIRST_DESCRIPTION) Integer first,
            @Name("after") @Description(PageRequest.AFTER_DESCRIPTION) String after) {
        return regions.listChildren(sources, first, after);
    }

    @Mutation("importRegions")
    @Idempotent
    @Description("Imports a region list in CSV (header code,name,parent_code): creates new regions and renames "
            + "existing ones. Every bad row is reported by line in extensions.problems, and nothing is written unless "
            + "all rows are good.")
    @RolesAllowed({ Roles.SYSTEM_ADMINISTRATOR, Roles.PROVINCE_OFFICER })
    public @NonNull RegionImportResult importRegions(
            @Name("csv") @Description("The CSV text: a header code,name,parent_code, then one region a line.")
            @NonNull String csv) {
        Optional<RegionCode> jurisdiction = currentUser.hasRole(Roles.SYSTEM_ADMINISTRATOR)
                ? Optional.empty()
                : Optional.of(currentUser.region().orElseThrow(currentUser::refused));
        return regions.importRegions(csv, jurisdiction);
    }
}

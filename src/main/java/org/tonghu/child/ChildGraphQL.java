package org.tonghu.child;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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
import org.tonghu.region.RegionService;
import org.tonghu.region.RegionView;
import org.tonghu.security.Roles;

import io.smallrye.graphql.api.Context;

/** The children part of the graph: translates between GraphQL and {@link ChildService}. */
@GraphQLApi
@RolesAllowed({ Roles.PROVINCE_OFFICER, Roles.CITY_OFFICER, Roles.COUNTY_OFFICER, Roles.TOWNSHIP_SUPERVISOR,
        Roles.VILLAGE_DIRECTOR, Roles.PARTNER_STAFF, Roles.THIRD_PARTY_APP })
public class ChildGraphQL {

    private final Context context;
    private final ChildService children;
    private final RegionService regions;

    ChildGraphQL(ChildService children, RegionService regions, Context context) {
        this.context = context;
        this.children = children;
        this.regions = regions;
    }

    @Query("child")
    @Description("The child with this id, if it is in your scope (CHILD_NOT_FOUND otherwise).")
    public @NonNull ChildView child(@Name("id") @Description("The child's ID.") @NonNull @Id String id) {
        return children.findChild(id);
    }

    @Query("children")
    @Description("A page of the children in your scope, ordered by name. first: 1 to 100, default 20. "
            + "Without a status filter only ACTIVE children are listed.")
    public @NonNull ChildConnection children(
            @Name("filter") @Description("Which children; default: the ACTIVE ones in your scope.") ChildFilter filter,
            @Name("first") @Description(PageRequest.FIRST_DESCRIPTION) Integer first,
            @Name("after") @Description(PageRequest.AFTER_DESCRIPTION) String after) {
        return children.listChildren(filter, first, after, TotalCount.requested(context));
    }

    @Description("The village the child lives in.")
    public List<RegionView> residenceVillage(@Source List<ChildView> sources) {
        Map<String, RegionView> villages = regions.findRegions(sources.stream().map(ChildView::residenceVillageCode)
                .collect(Collectors.toSet()));
        return sources.stream().map(child -> villages.get(child.residenceVillageCode())).toList();
    }

    @Mutation("createChild")
    @Idempotent
    @Description("Registers a child living in a village of your jurisdiction.")
    @RolesAllowed({ Roles.PROVINCE_OFFICER, Roles.CITY_OFFICER, Roles.COUNTY_OFFICER, Roles.TOWNSHIP_SUPERVISOR,
            Roles.VILLAGE_DIRECTOR })
    public @NonNull ChildView createChild(@Name("input") @Description("The child.") @NonNull ChildInput input) {
        return children.createChild(input);
    }

    @Mutation("updateChild")
    @Description("Replaces a child's information. A stale expectedVersion gets CONFLICT and changes nothing.")
    @RolesAllowed({ Roles.PROVINCE_OFFICER, Roles.CITY_OFFICER, Roles.COUNTY_OFFICER, Roles.TOWNSHIP_SUPERVISOR,
            Roles.VILLAGE_DIRECTOR })
    public @NonNull ChildView updateChild(
            @Name("id") @Description("The child's ID.") @NonNull @Id String id,
            @Name("expectedVersion") @NonNull @Description(ConflictException.EXPECTED_VERSION) int expectedVersion,
            @Name("input") @Description("The child's new information (all of it).") @NonNull ChildInput input) {
        return children.updateChild(id, expectedVersion, input);
    }

    @Mutation("closeChild")
    @Description("Closes a child's file with a reason. closedOn defaults to today.")
    @RolesAllowed({ Roles.PROVINCE_OFFICER, Roles.CITY_OFFICER, Roles.COUNTY_OFFICER, Roles.TOWNSHIP_SUPERVISOR,
            Roles.VILLAGE_DIRECTOR })
    public @NonNull ChildView closeChild(
            @Name("id") @Description("The child's ID.") @NonNull @Id String id,
            @Name("expectedVersion") @NonNull @Description(ConflictException.EXPECTED_VERSION) int expectedVersion,
            @Name("reason") @Description("Why the file is closed.") @NonNull ClosedReason reason,
            @Name("closedOn") @Description("The closing date; default today.") LocalDate closedOn) {
        return children.closeChild(id, expectedVersion, reason, closedOn);
    }

    @Mutation("revealIdNumber")
    @Description("The full national ID number of a child in your jurisdiction, with the reason you need it. "
            + "Allowed to civil-affairs officers and village directors; every reveal is audited.")
    public String revealIdNumber(
            @Name("childId") @Description("The child's ID.") @NonNull @Id String childId,
            @Name("reason") @Description("Why you need the full number, 4 to 500 characters; audited.")
            @NonNull String reason) {
        return children.revealIdNumber(childId, reason);
    }
}

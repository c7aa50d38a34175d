package org.tonghu.placement;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.tonghu.child.ChildView;
import org.tonghu.graphql.ConflictException;
import org.tonghu.graphql.PageRequest;
import org.tonghu.idempotency.Idempotent;
import org.tonghu.security.Roles;

/** Temporary custody and placement: translates between GraphQL and {@link PlacementService}. */
@GraphQLApi
@RolesAllowed({ Roles.PROVINCE_OFFICER, Roles.CITY_OFFICER, Roles.COUNTY_OFFICER })
public class PlacementGraphQL {

    private final PlacementService placements;

    PlacementGraphQL(PlacementService placements) {
        this.placements = placements;
    }

    @Query("placement")
    @RolesAllowed({ Roles.PROVINCE_OFFICER, Roles.CITY_OFFICER, Roles.COUNTY_OFFICER, Roles.TOWNSHIP_SUPERVISOR,
            Roles.VILLAGE_DIRECTOR })
    @Description("A placement of a child of your county (civil-affairs officers) or of your villages (directors and "
            + "supervisors, who see where the child lives and the dates, not the case work).")
    public @NonNull PlacementView placement(@Name("id") @Description("The placement's ID.") @NonNull @Id String id) {
        return placements.findPlacement(id);
    }

    @Query("placements")
    @Description("A page of the placements of the children under a region of your jurisdiction (default: all of it), "
            + "by next review date, reviews due first. status: OPEN or ENDED (default both); reviewDueWithinDays: only "
            + "open placements whose next review is at most that many days ahead (overdue included). first: 1 to 100, "
            + "default 20.")
    public @NonNull PlacementConnection placements(
            @Name("regionCode") @Description("Only children under this region; default: all your jurisdiction.")
            String regionCode,
            @Name("status") @Description("OPEN or ENDED; default both.") PlacementStatus status,
            @Name("reviewDueWithinDays") @Description("Only open placements whose next review is at most so many "
            + "days ahead (overdue included).") Integer reviewDueWithinDays,
            @Name("first") @Description(PageRequest.FIRST_DESCRIPTION) Integer first,
            @Name("after") @Description(PageRequest.AFTER_DESCRIPTION) String after) {
        return placements.listPlacements(regionCode, status, reviewDueWithinDays, first, after);
    }

    @Query("placementReviewsDue")
    @RolesAllowed({ Roles.TOWNSHIP_SUPERVISOR, Roles.VILLAGE_DIRECTOR })
    @Description("Your work list of placement reviews: the open placements of the children of your villages whose "
            + "review is due within the alert window (tonghu.placement.review-near) or overdue, the earliest first.")
    public @NonNull PlacementConnection placementReviewsDue(
            @Name("first") @Description(PageRequest.FIRST_DESCRIPTION) Integer first,
            @Name("after") @Description(PageRequest.AFTER_DESCRIPTION) String after) {
        return placements.listReviewsDue(first, after);
    }

    @RolesAllowed({ Roles.PROVINCE_OFFICER, Roles.CITY_OFFICER, Roles.COUNTY_OFFICER, Roles.TOWNSHIP_SUPERVISOR,
            Roles.VILLAGE_DIRECTOR })
    @Description("The child's temporary custody placements (临时监护), in order of start: everything for civil-affairs "
            + "officers over the child's county, where the child lives and the dates for the child's directors and "
            + "supervisors.")
    public List<@NonNull List<@NonNull PlacementView>> placements(@Source List<ChildView> children) {
        return placements.placementsOf(children);
    }

    @Mutation("recordPlacement")
    @Idempotent
    @Description("Records a temporary custody placement of a child of your jurisdiction. A child has at most one open "
            + "placement (PLACEMENT_ALREADY_OPEN).")
    public @NonNull PlacementView recordPlacement(
            @Name("input") @Description("The placement.") @NonNull PlacementInput input) {
        return placements.recordPlacement(input);
    }

    @Mutation("reviewPlacement")
    @Description("Records a review of an open placement; its next review becomes the placement's. A stale "
            + "expectedVersion (a retry included) gets CONFLICT and changes nothing.")
    public @NonNull PlacementView reviewPlacement(
            @Name("id") @Description("The placement's ID.") @NonNull @Id String id,
            @Name("expectedVersion") @NonNull @Description(ConflictException.EXPECTED_VERSION) int expectedVersion,
            @Name("input") @Description("The review.") @NonNull PlacementReviewInput input) {
        return placements.reviewPlacement(id, expectedVersion, input);
    }

    @Mutation("endPlacement")
    @Description("Ends an open placement with its outcome. A stale expectedVersion gets CONFLICT and changes nothing.")
    public @NonNull PlacementView endPlacement(
            @Name("id") @Description("The placement's ID.") @NonNull @Id String id,
            @Name("expectedVersion") @NonNull @Description(ConflictException.EXPECTED_VERSION) int expectedVersion,
            @Name("input") @Description("How it ends.") @NonNull PlacementEndInput input) {
        return placements.endPlacement(id, expectedVersion, input);
    }
}

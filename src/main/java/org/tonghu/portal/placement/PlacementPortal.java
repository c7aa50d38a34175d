package org.tonghu.portal.placement;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import org.tonghu.child.ChildService;
import org.tonghu.child.ChildStatus;
import org.tonghu.child.ChildView;
import org.tonghu.placement.PlacementConnection;
import org.tonghu.placement.PlacementService;
import org.tonghu.placement.PlacementStatus;
import org.tonghu.placement.PlacementView;
import org.tonghu.security.CurrentUser;
import org.tonghu.security.Roles;

/**
 * What the pages of other features show of temporary custody, for their templates ({@code inject:placementPortal}):
 * the placements section of a child's file and the reviews due on the home page. Kept here so that those pages take
 * one include line each.
 */
@Named("placementPortal")
@RequestScoped
public class PlacementPortal {

    private final PlacementService placements;
    private final ChildService children;
    private final CurrentUser currentUser;
    private PlacementConnection reviewsDue;
    private Map<String, String> childNames = Map.of();
    private final Map<String, List<PlacementView>> ofChild = new HashMap<>();

    PlacementPortal(PlacementService placements, ChildService children, CurrentUser currentUser) {
        this.placements = placements;
        this.children = children;
        this.currentUser = currentUser;
    }

    /** Whether the caller keeps children's files (regional staff): partners see nothing of placements. */
    public boolean shown() {
        return currentUser.childScope().hasJurisdiction();
    }

    /** Whether the caller is a civil-affairs officer with a jurisdiction, who keeps placements. */
    public boolean officer() {
        return shown() && currentUser.isCivilAffairsOfficer();
    }

    /** The child's placements in order of start, as the caller sees them; read once per request. */
    public List<PlacementView> ofChild(ChildView child) {
        return shown() ? ofChild.computeIfAbsent(child.id(), id -> placements.placementsOf(List.of(child)).get(0))
                : List.of();
    }

    /** Whether the caller may record a placement of the child from its file: an officer, the file open, none open. */
    public boolean canRecord(ChildView child) {
        return officer() && child.status() == ChildStatus.ACTIVE
                && ofChild(child).stream().noneMatch(p -> p.status() == PlacementStatus.OPEN);
    }

    /** The reviews due of the caller's villages (directors and supervisors), read once per request; else null. */
    public PlacementConnection reviewsDue() {
        if (reviewsDue == null && (currentUser.hasRole(Roles.VILLAGE_DIRECTOR)
                || currentUser.hasRole(Roles.TOWNSHIP_SUPERVISOR)) && shown()) {
            reviewsDue = placements.listReviewsDue(20, null);
            childNames = names(reviewsDue);
        }
        return reviewsDue;
    }

    /** The name of a child of the reviews due. */
    public String childName(String childId) {
        return childNames.getOrDefault(childId, "");
    }

    Map<String, String> names(PlacementConnection connection) {
        List<UUID> ids = connection.edges().stream().map(edge -> UUID.fromString(edge.node().childId())).toList();
        return ids.isEmpty() ? Map.of() : children.findNames(ids).entrySet().stream()
                .collect(Collectors.toMap(entry -> entry.getKey().toString(), Map.Entry::getValue));
    }
}

package org.tonghu.caregiverfollowup;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.tonghu.child.ChildService;
import org.tonghu.child.ChildView;
import org.tonghu.graphql.ConflictException;
import org.tonghu.graphql.PageRequest;
import org.tonghu.security.Roles;

/** Caregiver follow-ups: translates between GraphQL and {@link CaregiverFollowUpService}. */
@GraphQLApi
@RolesAllowed({ Roles.PROVINCE_OFFICER, Roles.CITY_OFFICER, Roles.COUNTY_OFFICER, Roles.TOWNSHIP_SUPERVISOR,
        Roles.VILLAGE_DIRECTOR })
public class CaregiverFollowUpGraphQL {

    private final CaregiverFollowUpService followUps;
    private final ChildService children;

    CaregiverFollowUpGraphQL(CaregiverFollowUpService followUps, ChildService children) {
        this.followUps = followUps;
        this.children = children;
    }

    @Query("caregiverFollowUp")
    @Description("A caregiver follow-up of a child whose file you keep.")
    public @NonNull CaregiverFollowUpView caregiverFollowUp(
            @Name("id") @Description("The follow-up's ID.") @NonNull @Id String id) {
        return followUps.findFollowUp(id);
    }

    @Query("caregiverFollowUps")
    @Description("A page of the caregiver follow-ups of the children whose files you keep, in a status (default OPEN),"
            + " optionally under a region; the nearest deadline first. first: 1 to 100, default 20.")
    public @NonNull CaregiverFollowUpConnection caregiverFollowUps(
            @Name("status") @Description("Only follow-ups in this status; default OPEN.")
            CaregiverFollowUpStatus status,
            @Name("regionCode") @Description("Only children under this region.") String regionCode,
            @Name("first") @Description(PageRequest.FIRST_DESCRIPTION) Integer first,
            @Name("after") @Description(PageRequest.AFTER_DESCRIPTION) String after) {
        return followUps.listFollowUps(status, regionCode, first, after);
    }

    @Mutation("contactParents")
    @Description("Records how the parents were told that their child's caregiver cannot care (again to correct it, "
            + "while the follow-up is open). A stale expectedVersion gets CONFLICT.")
    public @NonNull CaregiverFollowUpView contactParents(
            @Name("followUpId") @Description("The follow-up's ID.") @NonNull @Id String followUpId,
            @Name("expectedVersion") @NonNull @Description(ConflictException.EXPECTED_VERSION) int expectedVersion,
            @Name("input") @Description("How the parents were told.") @NonNull ParentsContactInput input) {
        return followUps.contactParents(followUpId, expectedVersion, input);
    }

    @Mutation("chooseCaregiver")
    @Description("Records who looks after the child from now on: a guardian linked to the child, or the current "
            + "caregiver staying able with support. A stale expectedVersion gets CONFLICT.")
    public @NonNull CaregiverFollowUpView chooseCaregiver(
            @Name("followUpId") @Description("The follow-up's ID.") @NonNull @Id String followUpId,
            @Name("expectedVersion") @NonNull @Description(ConflictException.EXPECTED_VERSION) int expectedVersion,
            @Name("input") @Description("The caregiver chosen.") @NonNull CaregiverChoiceInput input) {
        return followUps.chooseCaregiver(followUpId, expectedVersion, input);
    }

    @Mutation("resolveCaregiverFollowUp")
    @Description("Resolves a follow-up whose parents were told and whose caregiver was chosen, with a note (up to "
            + "1000 characters). A stale expectedVersion gets CONFLICT.")
    public @NonNull CaregiverFollowUpView resolveCaregiverFollowUp(
            @Name("id") @Description("The follow-up's ID.") @NonNull @Id String id,
            @Name("expectedVersion") @NonNull @Description(ConflictException.EXPECTED_VERSION) int expectedVersion,
            @Name("resolution") @Description("How it was resolved, up to 1000 characters.")
            @NonNull String resolution) {
        return followUps.resolveFollowUp(id, expectedVersion, resolution);
    }

    @Description("The caregiver follow-ups of the child, latest opened first (at most 20); empty unless you keep the "
            + "child's file.")
    public List<@NonNull List<@NonNull CaregiverFollowUpView>> caregiverFollowUps(
            @Source List<ChildView> sources) {
        Map<UUID, List<CaregiverFollowUpView>> found = followUps.findFollowUpsOfChildren(
                sources.stream().map(child -> UUID.fromString(child.id())).toList());
        return sources.stream().map(child -> found.getOrDefault(UUID.fromString(child.id()), List.of())).toList();
    }

    @Description("The child, as your role may see them.")
    public List<ChildView> child(@Source List<CaregiverFollowUpView> sources) {
        Map<String, ChildView> found = children.findChildrenInScope(sources.stream()
                .map(followUp -> UUID.fromString(followUp.childId())).distinct().toList());
        return sources.stream().map(followUp -> found.get(followUp.childId())).toList();
    }
}

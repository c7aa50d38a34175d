package org.tonghu.caseaction;

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
import org.eclipse.microprofile.graphql.Source;
import org.tonghu.child.ChildView;
import org.tonghu.idempotency.Idempotent;
import org.tonghu.security.Roles;

/** Linked actions on a child's case: translates between GraphQL and {@link CaseActionService}. */
@GraphQLApi
@RolesAllowed({ Roles.PROVINCE_OFFICER, Roles.CITY_OFFICER, Roles.COUNTY_OFFICER, Roles.TOWNSHIP_SUPERVISOR,
        Roles.VILLAGE_DIRECTOR })
public class CaseActionGraphQL {

    private final CaseActionService actions;

    CaseActionGraphQL(CaseActionService actions) {
        this.actions = actions;
    }

    @Mutation("recordCaseAction")
    @Idempotent
    @RolesAllowed({ Roles.PROVINCE_OFFICER, Roles.CITY_OFFICER, Roles.COUNTY_OFFICER })
    @Description("Records a linked action on the case of a child in your jurisdiction (civil-affairs officers): a "
            + "protection order, a revocation of guardianship, a family-education order (optionally with the "
            + "FAMILY_EDUCATION activity giving the guidance), a judicial or procuratorial suggestion.")
    public @NonNull CaseActionView recordCaseAction(
            @Name("childId") @Description("The child's ID.") @NonNull @Id String childId,
            @Name("input") @Description("The action.") @NonNull CaseActionInput input) {
        return actions.recordCaseAction(childId, input);
    }

    @Description("The linked actions on the child's case in date order (at most the latest 50); empty unless you "
            + "keep the child's file.")
    public List<@NonNull List<@NonNull CaseActionView>> caseActions(@Source List<ChildView> sources) {
        Map<UUID, List<CaseActionView>> found = actions.findCaseActionsOfChildren(
                sources.stream().map(child -> UUID.fromString(child.id())).toList());
        return sources.stream().map(child -> found.getOrDefault(UUID.fromString(child.id()), List.of())).toList();
    }
}

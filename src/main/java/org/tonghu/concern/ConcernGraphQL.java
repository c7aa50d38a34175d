package org.tonghu.concern;

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

/** Concerns and their follow-up: translates between GraphQL and {@link ConcernService}. */
@GraphQLApi
@RolesAllowed({ Roles.PROVINCE_OFFICER, Roles.CITY_OFFICER, Roles.COUNTY_OFFICER, Roles.TOWNSHIP_SUPERVISOR,
        Roles.VILLAGE_DIRECTOR, Roles.PARTNER_STAFF })
public class ConcernGraphQL {

    private final ConcernService concerns;

    ConcernGraphQL(ConcernService concerns) {
        this.concerns = concerns;
    }

    @Query("concerns")
    @Description("A page of concerns to follow up, latest raised first: for regional staff those of the children in "
            + "their jurisdiction, for partners those they raised. Default: the unresolved ones.")
    public @NonNull ConcernConnection concerns(
            @Name("filter") @Description("Which concerns; default: the unresolved ones in your jurisdiction.")
            ConcernFilter filter,
            @Name("first") @Description(PageRequest.FIRST_DESCRIPTION) Integer first,
            @Name("after") @Description(PageRequest.AFTER_DESCRIPTION) String after) {
        return concerns.listConcerns(filter, first, after);
    }

    @Mutation("raiseConcern")
    @Idempotent
    @Description("Raises a concern about a child you work with, outside a visit.")
    public @NonNull ConcernView raiseConcern(
            @Name("childId") @Description("The child's ID.") @NonNull @Id String childId,
            @Name("input") @Description("The concern.") @NonNull ConcernInput input) {
        return concerns.raiseConcern(childId, input);
    }

    @Mutation("updateConcern")
    @Description("Records what was done about a concern: in progress, referred (to whom) or resolved (how and when).")
    public @NonNull ConcernView updateConcern(
            @Name("id") @Description("The concern's ID.") @NonNull @Id String id,
            @Name("expectedVersion") @NonNull @Description(ConflictException.EXPECTED_VERSION) int expectedVersion,
            @Name("input") @Description("What was done.") @NonNull ConcernUpdateInput input) {
        return concerns.updateConcern(id, expectedVersion, input);
    }
}

package org.tonghu.rehabilitation;

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

/** Rehabilitation of disabled children: translates between GraphQL and {@link RehabilitationService}. */
@GraphQLApi
@RolesAllowed(Roles.PARTNER_STAFF)
public class RehabilitationGraphQL {

    private final RehabilitationService rehabilitation;

    RehabilitationGraphQL(RehabilitationService rehabilitation) {
        this.rehabilitation = rehabilitation;
    }

    @Query("rehabilitationRecords")
    @Description("A page of your organization's rehabilitation steps with this status (default: planned and in "
            + "progress), the latest started first.")
    public @NonNull RehabilitationConnection rehabilitationRecords(
            @Name("status") @Description("Only steps in this status; default planned and in progress.")
            RehabilitationStatus status,
            @Name("first") @Description(PageRequest.FIRST_DESCRIPTION) Integer first,
            @Name("after") @Description(PageRequest.AFTER_DESCRIPTION) String after) {
        return rehabilitation.listRehabilitation(status, first, after);
    }

    @Mutation("recordRehabilitation")
    @Idempotent
    @Description("Records a screening, assessment, surgery, assistive device or training for a disabled child "
            + "(Disabled Persons' Federation and health bodies).")
    public @NonNull RehabilitationView recordRehabilitation(
            @Name("input") @Description("The step.") @NonNull RehabilitationInput input) {
        return rehabilitation.recordRehabilitation(input);
    }

    @Mutation("updateRehabilitation")
    @Description("Records how a step went on: status, sessions completed, end date and outcome.")
    public @NonNull RehabilitationView updateRehabilitation(
            @Name("id") @Description("The step's ID.") @NonNull @Id String id,
            @Name("expectedVersion") @NonNull @Description(ConflictException.EXPECTED_VERSION) int expectedVersion,
            @Name("input") @Description("Its progress.") @NonNull RehabilitationProgressInput input) {
        return rehabilitation.updateRehabilitation(id, expectedVersion, input);
    }
}

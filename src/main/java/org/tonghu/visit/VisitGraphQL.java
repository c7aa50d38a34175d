package org.tonghu.visit;

import jakarta.annotation.security.RolesAllowed;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.tonghu.graphql.ConflictException;
import org.tonghu.idempotency.Idempotent;
import org.tonghu.security.Roles;

/** Recording and correcting visits: translates between GraphQL and {@link VisitService}. */
@GraphQLApi
@RolesAllowed({ Roles.PROVINCE_OFFICER, Roles.CITY_OFFICER, Roles.COUNTY_OFFICER, Roles.TOWNSHIP_SUPERVISOR,
        Roles.VILLAGE_DIRECTOR, Roles.PARTNER_STAFF })
public class VisitGraphQL {

    private final VisitService visits;

    VisitGraphQL(VisitService visits) {
        this.visits = visits;
    }

    @Mutation("recordVisit")
    @Idempotent
    @Description("Records a contact or home visit to a child you work with, and the concerns found at it. The visitor "
            + "is you. The child's visit schedule is recomputed at once.")
    public @NonNull RecordVisitPayload recordVisit(
            @Name("childId") @Description("The child's ID.") @NonNull @Id String childId,
            @Name("input") @Description("The visit.") @NonNull VisitInput input) {
        return visits.recordVisit(childId, input);
    }

    @Mutation("correctVisit")
    @Idempotent
    @Description("Corrects a visit with a reason: the correction supersedes the original, which is kept. "
            + "A stale expectedVersion, or a visit corrected already, gets CONFLICT.")
    public @NonNull RecordVisitPayload correctVisit(
            @Name("id") @Description("The ID of the visit to correct.") @NonNull @Id String id,
            @Name("expectedVersion") @NonNull @Description(ConflictException.EXPECTED_VERSION) int expectedVersion,
            @Name("input") @Description("The visit as it should have been recorded.") @NonNull VisitInput input,
            @Name("reason") @Description("Why it is corrected, up to 500 characters.") @NonNull String reason) {
        return visits.correctVisit(id, expectedVersion, input, reason);
    }
}

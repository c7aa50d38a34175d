package org.tonghu.care;

import jakarta.annotation.security.RolesAllowed;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.tonghu.idempotency.Idempotent;
import org.tonghu.security.Roles;

/** Care records: translates between GraphQL and {@link CareRecordService}. */
@GraphQLApi
@RolesAllowed({ Roles.PROVINCE_OFFICER, Roles.CITY_OFFICER, Roles.COUNTY_OFFICER, Roles.TOWNSHIP_SUPERVISOR,
        Roles.VILLAGE_DIRECTOR, Roles.PARTNER_STAFF })
public class CareRecordGraphQL {

    private final CareRecordService careRecords;

    CareRecordGraphQL(CareRecordService careRecords) {
        this.careRecords = careRecords;
    }

    @Mutation("recordCare")
    @Idempotent
    @Description("Records help given to a child you work with (关爱帮扶记录).")
    public @NonNull CareRecordView recordCare(
            @Name("childId") @Description("The child's ID.") @NonNull @Id String childId,
            @Name("input") @Description("The help given.") @NonNull CareRecordInput input) {
        return careRecords.recordCare(childId, input);
    }
}

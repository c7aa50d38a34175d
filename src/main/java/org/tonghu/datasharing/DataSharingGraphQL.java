package org.tonghu.datasharing;

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

/** Data-sharing agreements of third-party apps: translates between GraphQL and {@link DataSharingService}. */
@GraphQLApi
@RolesAllowed(Roles.PROVINCE_OFFICER)
public class DataSharingGraphQL {

    private final DataSharingService agreements;

    DataSharingGraphQL(DataSharingService agreements) {
        this.agreements = agreements;
    }

    @Query("dataSharingAgreements")
    @Description("A page of the third-party apps' data-sharing agreements (数据共享协议), by client id; optionally one "
            + "client's (its current and past agreements). first: 1 to 100, default 20.")
    public @NonNull DataSharingAgreementConnection dataSharingAgreements(
            @Name("clientId") @Description("Only this client's agreements.") String clientId,
            @Name("first") @Description(PageRequest.FIRST_DESCRIPTION) Integer first,
            @Name("after") @Description(PageRequest.AFTER_DESCRIPTION) String after) {
        return agreements.listAgreements(clientId, first, after);
    }

    @Query("dataSharingAgreement")
    @Description("One data-sharing agreement.")
    public @NonNull DataSharingAgreementView dataSharingAgreement(
            @Name("id") @Description("The agreement's ID.") @NonNull @Id String id) {
        return agreements.findAgreement(id);
    }

    @Mutation("registerDataSharingAgreement")
    @Idempotent
    @Description("Registers a third-party app (an OAuth client) with its data-sharing agreement. A client has at most "
            + "one agreement in force (AGREEMENT_ALREADY_IN_FORCE); operations must be root fields of the schema "
            + "(UNKNOWN_OPERATION).")
    public @NonNull DataSharingAgreementView registerDataSharingAgreement(
            @Name("input") @Description("The app and its agreement's terms.") @NonNull
            DataSharingRegistrationInput input) {
        return agreements.registerAgreement(input);
    }

    @Mutation("updateDataSharingAgreement")
    @Description("Changes the terms of an agreement in force (a new version). A stale expectedVersion gets CONFLICT "
            + "and changes nothing.")
    public @NonNull DataSharingAgreementView updateDataSharingAgreement(
            @Name("id") @Description("The agreement's ID.") @NonNull @Id String id,
            @Name("expectedVersion") @NonNull @Description(ConflictException.EXPECTED_VERSION) int expectedVersion,
            @Name("terms") @Description("The new terms.") @NonNull DataSharingTermsInput terms) {
        return agreements.updateAgreement(id, expectedVersion, terms);
    }

    @Mutation("revokeDataSharingAgreement")
    @Description("Revokes an agreement with a reason: its app is refused (AGREEMENT_INACTIVE) from its next request "
            + "on. A stale expectedVersion gets CONFLICT and changes nothing.")
    public @NonNull DataSharingAgreementView revokeDataSharingAgreement(
            @Name("id") @Description("The agreement's ID.") @NonNull @Id String id,
            @Name("expectedVersion") @NonNull @Description(ConflictException.EXPECTED_VERSION) int expectedVersion,
            @Name("reason") @Description("Why, 1 to 500 characters.") @NonNull String reason) {
        return agreements.revokeAgreement(id, expectedVersion, reason);
    }
}

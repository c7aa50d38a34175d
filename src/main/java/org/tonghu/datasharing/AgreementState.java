package org.tonghu.datasharing;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

/** Where an agreement stands today. */
@Enum("DataSharingAgreementState")
@Description("Where a data-sharing agreement stands today.")
public enum AgreementState {
    @Description("In force and within its term: its app may call.")
    ACTIVE,
    @Description("In force, but its term has not started yet.")
    NOT_YET_STARTED,
    @Description("Its term has ended.")
    EXPIRED,
    @Description("Revoked by the province, with a reason.")
    REVOKED
}

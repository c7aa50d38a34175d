package org.tonghu.referral;

import org.eclipse.microprofile.graphql.Description;

/** PENDING until the receiver accepts or declines; an accepted referral is CLOSED with its outcome. */
@Description("Where a referral stands: PENDING until the receiver accepts or declines; an accepted referral is "
        + "CLOSED with its outcome.")
public enum ReferralStatus {
    @Description("Waiting for the receiver's answer.")
    PENDING,
    @Description("Accepted by the receiver; being handled.")
    ACCEPTED,
    @Description("Declined by the receiver.")
    DECLINED,
    @Description("Closed with its outcome.")
    CLOSED
}

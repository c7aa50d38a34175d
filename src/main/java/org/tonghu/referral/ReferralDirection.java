package org.tonghu.referral;

import org.eclipse.microprofile.graphql.Description;

/** Referrals your side received, or sent. */
@Description("Referrals your side received, or sent.")
public enum ReferralDirection {
    @Description("Referrals to your organization.")
    RECEIVED,
    @Description("Referrals from your side.")
    SENT
}

package org.tonghu.referral;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** Which referrals to list. */
@Input("ReferralFilter")
@Description("Which referrals to list.")
public record ReferralFilter(
        @NonNull @Description("RECEIVED: sent to your organization. SENT: sent by your organization or, for "
                + "regional staff, from your jurisdiction.") ReferralDirection direction,
        @Description("Default: every status.") List<ReferralStatus> statuses,
        @Description("Only pending referrals past their answer deadline.") Boolean acceptanceOverdue) {
}

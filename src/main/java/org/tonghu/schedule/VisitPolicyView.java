package org.tonghu.schedule;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.tonghu.child.RiskLevel;

/** The visit policy of one risk level. */
@Type("VisitPolicy")
@Description("How often children of a risk level are due a contact and a home visit: once in every calendar period "
        + "of so many months (1 = each month, 3 = each quarter).")
public record VisitPolicyView(
        @NonNull @Description("The risk level it applies to.") RiskLevel riskLevel,
        @NonNull @Description("A contact is due in every period of so many months: 1, 2, 3, 4, 6 or 12.")
        int contactIntervalMonths,
        @NonNull @Description("A home visit is due in every period of so many months: 1, 2, 3, 4, 6 or 12.")
        int homeVisitIntervalMonths,
        @NonNull @Description("Pass as expectedVersion when updating.") int version) {

    static VisitPolicyView of(VisitPolicy policy) {
        return new VisitPolicyView(policy.riskLevel, policy.contactIntervalMonths, policy.homeVisitIntervalMonths,
                (int) policy.version);
    }
}

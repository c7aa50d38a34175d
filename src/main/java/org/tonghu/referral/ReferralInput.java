package org.tonghu.referral;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** A referral to send; the sender is you (your organization, or your jurisdiction as regional staff). */
@Input("ReferralInput")
public record ReferralInput(
        @NonNull @Id @Description("A child you work with.") String childId,
        @NonNull @Id @Description("The receiving organization; not your own.") String toOrganizationId,
        @NonNull NeedCategory needCategory,
        @NonNull @Description("What the child needs (up to 1000 characters).") String need,
        @NonNull ReferralUrgency urgency,
        @NonNull ConsentBasis consentBasis) {
}

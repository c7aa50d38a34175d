package org.tonghu.referral;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** A referral to send; the sender is you (your organization, or your jurisdiction as regional staff). */
@Input("ReferralInput")
@Description("A referral to make.")
public record ReferralInput(
        @NonNull @Id @Description("A child you work with.") String childId,
        @NonNull @Id @Description("The receiving organization; not your own.") String toOrganizationId,
        @NonNull @Description("What kind of help is asked for.") NeedCategory needCategory,
        @NonNull @Description("What the child needs (up to 1000 characters).") String need,
        @NonNull @Description("How soon the receiver must answer.") ReferralUrgency urgency,
        @NonNull @Description("On what basis the child's information is shared with the receiver.")
        ConsentBasis consentBasis) {
}

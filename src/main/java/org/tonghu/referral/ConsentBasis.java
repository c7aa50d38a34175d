package org.tonghu.referral;

import org.eclipse.microprofile.graphql.Description;

/** On what basis the child's information is shared with the receiver. */
@Description("On what basis the child's information is shared with the receiver of a referral (PIPL).")
public enum ConsentBasis {
    @Description("The guardian consented.")
    GUARDIAN_CONSENT,
    @Description("The child and the guardian consented.")
    CHILD_AND_GUARDIAN_CONSENT,
    @Description("A legal duty requires the sharing; no consent needed.")
    STATUTORY_DUTY,
    @Description("Sharing is needed to protect the child in an emergency.")
    EMERGENCY_PROTECTION
}

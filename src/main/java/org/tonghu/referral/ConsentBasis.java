package org.tonghu.referral;

/** On what basis the child's information is shared with the receiver. */
public enum ConsentBasis {
    GUARDIAN_CONSENT, CHILD_AND_GUARDIAN_CONSENT, STATUTORY_DUTY, EMERGENCY_PROTECTION
}

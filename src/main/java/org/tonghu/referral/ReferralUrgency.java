package org.tonghu.referral;

import org.eclipse.microprofile.graphql.Description;

/** How soon the receiver must answer (see tonghu.referral.response-hours). */
@Description("How soon the receiver must answer a referral (configurable; defaults below).")
public enum ReferralUrgency {
    @Description("Routine: answer within 7 days.")
    ROUTINE,
    @Description("Urgent: answer within 48 hours.")
    URGENT,
    @Description("Emergency: answer within 24 hours.")
    EMERGENCY
}

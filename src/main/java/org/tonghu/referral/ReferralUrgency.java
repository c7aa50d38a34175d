package org.tonghu.referral;

/** How soon the receiver must answer (see tonghu.referral.response-hours). */
public enum ReferralUrgency {
    ROUTINE, URGENT, EMERGENCY
}

package org.tonghu.referral;

/** Referrals your side received, or sent. */
public enum ReferralDirection {
    RECEIVED, SENT
}

package org.tonghu.referral;

/** PENDING until the receiver accepts or declines; an accepted referral is CLOSED with its outcome. */
public enum ReferralStatus {
    PENDING, ACCEPTED, DECLINED, CLOSED
}

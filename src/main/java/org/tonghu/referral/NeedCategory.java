package org.tonghu.referral;

/** What a referral asks the receiving agency for. */
public enum NeedCategory {
    REHABILITATION, MENTAL_HEALTH, MEDICAL_CARE, BENEFITS, EDUCATION, LEGAL_AID, CUSTODY, FAMILY_SUPPORT, OTHER
}

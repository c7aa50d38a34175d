package org.tonghu.rehabilitation;

/** Who pays for a rehabilitation service. */
public enum FundingSource {
    DISABLED_PERSONS_FEDERATION_PROGRAM, MEDICAL_INSURANCE, MEDICAL_ASSISTANCE, CHARITY, FAMILY, OTHER
}

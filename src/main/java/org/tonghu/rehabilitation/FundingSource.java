package org.tonghu.rehabilitation;

import org.eclipse.microprofile.graphql.Description;

/** Who pays for a rehabilitation service. */
@Description("Who pays for a rehabilitation service.")
public enum FundingSource {
    @Description("A rehabilitation programme of the Disabled Persons' Federation (残联救助项目).")
    DISABLED_PERSONS_FEDERATION_PROGRAM,
    @Description("Basic medical insurance (医疗保险).")
    MEDICAL_INSURANCE,
    @Description("Medical assistance (医疗救助).")
    MEDICAL_ASSISTANCE,
    @Description("A charity (慈善).")
    CHARITY,
    @Description("The family.")
    FAMILY,
    @Description("Another source.")
    OTHER
}

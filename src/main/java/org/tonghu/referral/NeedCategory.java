package org.tonghu.referral;

import org.eclipse.microprofile.graphql.Description;

/** What a referral asks the receiving agency for. */
@Description("What a referral (转介) asks the receiving agency for.")
public enum NeedCategory {
    @Description("Rehabilitation (康复).")
    REHABILITATION,
    @Description("Mental-health care (心理健康).")
    MENTAL_HEALTH,
    @Description("Medical care (医疗).")
    MEDICAL_CARE,
    @Description("Benefits and assistance (救助保障).")
    BENEFITS,
    @Description("Schooling (教育).")
    EDUCATION,
    @Description("Legal aid (法律援助).")
    LEGAL_AID,
    @Description("Custody or temporary care (监护/临时监护).")
    CUSTODY,
    @Description("Support to the family (家庭支持).")
    FAMILY_SUPPORT,
    @Description("Anything else.")
    OTHER
}

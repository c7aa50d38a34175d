package org.tonghu.care;

import org.eclipse.microprofile.graphql.Description;

/** What kind of help a care record is about. */
@Description("What kind of help a care record (关爱帮扶记录) is about.")
public enum CareKind {
    @Description("Money or goods (物质帮扶).")
    MATERIAL_AID,
    @Description("Enrolment in a benefit scheme (纳入保障, §10).")
    BENEFIT_ENROLLMENT,
    @Description("Help with school and study (学业帮扶).")
    STUDY_SUPPORT,
    @Description("Health care and medical help (健康帮扶).")
    HEALTH_SUPPORT,
    @Description("Psychological support (心理关爱).")
    PSYCHOLOGICAL_SUPPORT,
    @Description("Protection from harm (安全保护).")
    SAFETY_PROTECTION,
    @Description("Support to the family or guardians (家庭支持).")
    FAMILY_SUPPORT,
    @Description("Anything else; the description says what.")
    OTHER
}

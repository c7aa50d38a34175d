package org.tonghu.care;

/** What kind of help a care record is about. */
public enum CareKind {
    MATERIAL_AID, BENEFIT_ENROLLMENT, STUDY_SUPPORT, HEALTH_SUPPORT, PSYCHOLOGICAL_SUPPORT, SAFETY_PROTECTION,
    FAMILY_SUPPORT, OTHER
}

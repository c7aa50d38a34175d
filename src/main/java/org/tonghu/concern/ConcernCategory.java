package org.tonghu.concern;

import org.eclipse.microprofile.graphql.Description;

/** What a concern is about. */
@Description("What a concern (发现问题) is about.")
public enum ConcernCategory {
    @Description("Guardianship and care at home (监护).")
    GUARDIANSHIP,
    @Description("The child's safety (安全).")
    SAFETY,
    @Description("Health (健康).")
    HEALTH,
    @Description("School and study (学业).")
    STUDY,
    @Description("Psychological wellbeing (心理).")
    PSYCHOLOGICAL,
    @Description("Living conditions (生活).")
    LIVING_CONDITIONS,
    @Description("Benefits and assistance the child should receive (保障).")
    BENEFITS,
    @Description("Anything else.")
    OTHER
}

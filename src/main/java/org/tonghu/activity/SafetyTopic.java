package org.tonghu.activity;

import org.eclipse.microprofile.graphql.Description;

/** What safety education covers (policy §14). */
@Description("What safety education covers (policy §14).")
public enum SafetyTopic {
    @Description("Drowning prevention (防溺水).")
    DROWNING,
    @Description("Bullying (防欺凌).")
    BULLYING,
    @Description("Sexual-abuse prevention (防性侵).")
    SEXUAL_ABUSE,
    @Description("Road safety (交通安全).")
    ROAD_SAFETY,
    @Description("Fire safety (消防安全).")
    FIRE,
    @Description("Any other topic.")
    OTHER
}

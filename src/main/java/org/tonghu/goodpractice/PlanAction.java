package org.tonghu.goodpractice;

import org.eclipse.microprofile.graphql.Description;

/** The six actions of the plan (晋心护童 three-year action plan, 二、重点任务) a good-practice case belongs to. */
@Description("An action of the plan (晋心护童三年行动, 二、重点任务).")
public enum PlanAction {
    @Description("精神素养提升行动 (§1-3).")
    SPIRITUAL_LITERACY,
    @Description("监护提质行动 (§4-8).")
    GUARDIANSHIP_QUALITY,
    @Description("精准帮扶行动 (§9-13).")
    PRECISE_ASSISTANCE,
    @Description("安全防护行动 (§14-17).")
    SAFETY_PROTECTION,
    @Description("心理关爱行动 (§18-20).")
    PSYCHOLOGICAL_CARE,
    @Description("固本强基行动 (§21-23).")
    STRENGTHENING_FOUNDATIONS
}

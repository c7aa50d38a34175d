package org.tonghu.activity;

import org.eclipse.microprofile.graphql.Description;

/** Kinds of activity and event (policy §2, §8, §12, §14, §18). */
@Description("The kind of activity or event (活动类型; policy §2, §8, §12, §14, §18).")
public enum ActivityKind {
    @Description("An event at a Tongxin Harbor site (童心港湾), run by the Youth League.")
    TONGXIN_HARBOR_EVENT,
    @Description("A Red Scarf Classroom session (红领巾学堂), Youth League (§12).")
    RED_SCARF_CLASS,
    @Description("Safety education in a village (安全教育进村): drowning, bullying, sexual abuse, road safety (§14).")
    SAFETY_EDUCATION,
    @Description("A school's safety lecture before the winter or summer holidays (假期安全教育, §14).")
    HOLIDAY_SAFETY_LECTURE,
    @Description("Rule-of-law education (法治教育), e.g. by a rule-of-law vice-principal (§2).")
    LEGAL_EDUCATION,
    @Description("Family-education guidance for guardians (家庭教育指导), Women's Federation (§8).")
    FAMILY_EDUCATION,
    @Description("Care visits and events at festivals (节日关爱).")
    FESTIVAL_CARE,
    @Description("Revolutionary-tradition education (红色教育).")
    RED_EDUCATION,
    @Description("Reading and play activities (阅读和游戏).")
    READING_AND_PLAY,
    @Description("Psychological support and mental-health education (心理关爱, §18).")
    PSYCHOLOGICAL_SUPPORT,
    @Description("Any other activity; say what in the title.")
    OTHER
}

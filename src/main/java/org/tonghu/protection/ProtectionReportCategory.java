package org.tonghu.protection;

import org.eclipse.microprofile.graphql.Description;

/** What a mandatory report is about (policy §6). */
@Description("What a mandatory report (强制报告) is about (policy §6).")
public enum ProtectionReportCategory {
    @Description("Physical abuse (身体虐待).")
    PHYSICAL_ABUSE,
    @Description("Sexual abuse (性侵害).")
    SEXUAL_ABUSE,
    @Description("Neglect (疏忽照料).")
    NEGLECT,
    @Description("Abandonment (遗弃).")
    ABANDONMENT,
    @Description("Bullying (欺凌).")
    BULLYING,
    @Description("Risk of self-harm (自伤风险).")
    SELF_HARM_RISK,
    @Description("A dangerous environment (危险环境).")
    DANGEROUS_ENVIRONMENT,
    @Description("A missing child (走失).")
    MISSING_CHILD,
    @Description("Any other harm or danger.")
    OTHER
}

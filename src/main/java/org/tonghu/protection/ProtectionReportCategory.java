package org.tonghu.protection;

/** What a mandatory report is about (policy §6). */
public enum ProtectionReportCategory {
    PHYSICAL_ABUSE,
    SEXUAL_ABUSE,
    NEGLECT,
    ABANDONMENT,
    BULLYING,
    SELF_HARM_RISK,
    DANGEROUS_ENVIRONMENT,
    MISSING_CHILD,
    OTHER
}

package org.tonghu.child;

/** The categories of children the policy covers (DOMAIN.md). */
public enum ChildCategory {
    LEFT_BEHIND, ORPHAN, DE_FACTO_UNSUPPORTED, DISABLED, SERIOUSLY_ILL, LOW_INCOME_FAMILY, EXTREME_POVERTY_SUPPORT,
    SINGLE_PARENT_FAMILY
}

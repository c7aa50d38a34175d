package org.tonghu.child;

/** Circumstances that call for closer care (policy §9). */
public enum RiskFactor {
    PARENT_SEVERE_DISABILITY, CHILD_DISABILITY, PSYCHOLOGICAL_OR_BEHAVIOURAL_ABNORMALITY, SINGLE_PARENT_FAMILY,
    SERIOUS_ILLNESS, NO_EFFECTIVE_GUARDIAN
}

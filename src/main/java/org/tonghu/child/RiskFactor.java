package org.tonghu.child;

import org.eclipse.microprofile.graphql.Description;

/** Circumstances that call for closer care (policy §9). */
@Description("Circumstances that call for closer care and more frequent visits (policy §9).")
public enum RiskFactor {
    @Description("A parent has a severe physical or intellectual disability.")
    PARENT_SEVERE_DISABILITY,
    @Description("The child is disabled.")
    CHILD_DISABILITY,
    @Description("The child shows psychological or behavioural abnormality.")
    PSYCHOLOGICAL_OR_BEHAVIOURAL_ABNORMALITY,
    @Description("The child lives in a single-parent family.")
    SINGLE_PARENT_FAMILY,
    @Description("The child is seriously ill.")
    SERIOUS_ILLNESS,
    @Description("No one guards the child effectively.")
    NO_EFFECTIVE_GUARDIAN
}

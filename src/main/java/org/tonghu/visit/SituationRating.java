package org.tonghu.visit;

/** How one aspect of the child's situation looked at a visit. */
public enum SituationRating {
    GOOD,
    NEEDS_ATTENTION,
    SERIOUS
}

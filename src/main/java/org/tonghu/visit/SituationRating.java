package org.tonghu.visit;

import org.eclipse.microprofile.graphql.Description;

/** How one aspect of the child's situation looked at a visit. */
@Description("How one aspect of the child's situation looked at a visit.")
public enum SituationRating {
    @Description("Good.")
    GOOD,
    @Description("Needs attention.")
    NEEDS_ATTENTION,
    @Description("Serious.")
    SERIOUS
}

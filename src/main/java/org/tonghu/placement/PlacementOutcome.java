package org.tonghu.placement;

import org.eclipse.microprofile.graphql.Description;

/** How a placement ended. */
@Description("How a temporary custody placement ended.")
public enum PlacementOutcome {
    @Description("The child returned to their family (guardians able to care again).")
    RETURNED_TO_FAMILY,
    @Description("A new guardian was appointed.")
    NEW_GUARDIAN,
    @Description("Long-term placement (长期监护) by civil affairs.")
    LONG_TERM_PLACEMENT,
    @Description("The child came of age (18 by the end date).")
    ADULTHOOD,
    @Description("Another outcome: see the note.")
    OTHER
}

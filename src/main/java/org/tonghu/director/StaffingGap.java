package org.tonghu.director;

import org.eclipse.microprofile.graphql.Description;

/** What a village lacks in directors (policy §21). */
@Description("What a village lacks in directors (policy §21).")
public enum StaffingGap {
    @Description("No active director at all.")
    /** No active director at all. */
    NO_DIRECTOR,
    @Description("A single director for more children in care than the policy allows one (30 by default).")
    /**
     * A single director for more left-behind children and children in difficulty than the policy's number
     * ({@link org.tonghu.policy.CarePolicy#childrenPerDirector()}).
     */
    NEEDS_MORE_DIRECTORS
}

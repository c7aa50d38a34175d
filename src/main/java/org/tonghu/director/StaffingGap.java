package org.tonghu.director;

/** What a village lacks in directors (policy §21). */
public enum StaffingGap {
    /** No active director at all. */
    NO_DIRECTOR,
    /**
     * A single director for more left-behind children and children in difficulty than the policy's number
     * ({@link org.tonghu.policy.CarePolicy#childrenPerDirector()}).
     */
    NEEDS_MORE_DIRECTORS
}

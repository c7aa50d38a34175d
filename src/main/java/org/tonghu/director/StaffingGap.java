package org.tonghu.director;

/** What a village lacks in directors (policy §21). */
public enum StaffingGap {
    /** No active director at all. */
    NO_DIRECTOR,
    /** More than 30 left-behind children and children in difficulty with a single director. */
    NEEDS_MORE_DIRECTORS
}

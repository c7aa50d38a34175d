package org.tonghu.child;

/** Where a child stands with school (dropout prevention, §11). */
public enum SchoolStatus {
    IN_SCHOOL, DROPPED_OUT, RETURNED, NOT_OF_SCHOOL_AGE
}

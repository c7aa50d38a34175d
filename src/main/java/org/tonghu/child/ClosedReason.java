package org.tonghu.child;

/** Why a child's file was closed. */
public enum ClosedReason {
    AGED_OUT, MOVED_AWAY, NO_LONGER_ELIGIBLE, DECEASED
}

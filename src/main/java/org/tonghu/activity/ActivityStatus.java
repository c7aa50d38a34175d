package org.tonghu.activity;

/** Planned, then held, then reported; or cancelled before it was held. */
public enum ActivityStatus {
    PLANNED, HELD, REPORTED, CANCELLED
}

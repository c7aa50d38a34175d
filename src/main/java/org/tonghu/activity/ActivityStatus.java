package org.tonghu.activity;

import org.eclipse.microprofile.graphql.Description;

/** Planned, then held, then reported; or cancelled before it was held. */
@Description("Where an activity stands: planned, then held, then reported; or cancelled before it was held.")
public enum ActivityStatus {
    @Description("Announced, not yet held.")
    PLANNED,
    @Description("Took place; the report is still to come.")
    HELD,
    @Description("Held and reported (attendance and report filed).")
    REPORTED,
    @Description("Called off before it was held; see cancelReason.")
    CANCELLED
}

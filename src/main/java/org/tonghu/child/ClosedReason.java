package org.tonghu.child;

import org.eclipse.microprofile.graphql.Description;

/** Why a child's file was closed. */
@Description("Why a child's file was closed.")
public enum ClosedReason {
    @Description("The child grew out of the age range.")
    AGED_OUT,
    @Description("The child moved out of the area.")
    MOVED_AWAY,
    @Description("The child no longer fits any category.")
    NO_LONGER_ELIGIBLE,
    @Description("The child died.")
    DECEASED
}

package org.tonghu.child;

import org.eclipse.microprofile.graphql.Description;

/** Whether a child's file is open. */
@Description("Whether a child's file is open.")
public enum ChildStatus {
    @Description("The file is open and the child is cared for.")
    ACTIVE,
    @Description("The file is closed (see closedReason); kept, no longer on work lists.")
    CLOSED
}

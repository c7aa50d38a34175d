package org.tonghu.placement;

import org.eclipse.microprofile.graphql.Description;

/** Whether a placement is open. */
@Description("Whether a placement is open or ended.")
public enum PlacementStatus {
    @Description("The child is in this placement now.")
    OPEN,
    @Description("The placement has ended.")
    ENDED
}

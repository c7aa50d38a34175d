package org.tonghu.placement;

import org.eclipse.microprofile.graphql.Description;

/** Whether a placement is open. */
@Description("Whether a placement is open or ended.")
public enum PlacementStatus {
    OPEN,
    ENDED
}

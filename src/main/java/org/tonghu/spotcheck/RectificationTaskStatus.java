package org.tonghu.spotcheck;

import org.eclipse.microprofile.graphql.Description;

/** Where a rectification task stands. */
@Description("Where a rectification task (整改) stands: OPEN (the director's to do), DONE (the director says so, "
        + "waiting for the checker), CONFIRMED (the checker agrees). The checker may reopen a DONE task.")
public enum RectificationTaskStatus {
    OPEN, DONE, CONFIRMED
}

package org.tonghu.spotcheck;

import org.eclipse.microprofile.graphql.Description;

/** Where a rectification task stands. */
@Description("Where a rectification task (整改) stands: OPEN (the director's to do), DONE (the director says so, "
        + "waiting for the checker), CONFIRMED (the checker agrees). The checker may reopen a DONE task.")
public enum RectificationTaskStatus {
    @Description("To be put right by the director of the child's village.")
    OPEN,
    @Description("The director says it is put right; waiting for the checker to confirm or reopen it.")
    DONE,
    @Description("The checker agrees it is put right.")
    CONFIRMED
}

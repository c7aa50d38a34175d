package org.tonghu.concern;

import org.eclipse.microprofile.graphql.Description;

/** Where a concern stands: RESOLVED needs a resolution and its date, REFERRED names who it went to. */
@Description("Where a concern stands.")
public enum ConcernStatus {
    @Description("Raised, nothing done yet.")
    OPEN,
    @Description("Being worked on.")
    IN_PROGRESS,
    @Description("Resolved; resolution and resolvedOn are set.")
    RESOLVED,
    @Description("Handed to another agency; referredTo names it.")
    REFERRED
}

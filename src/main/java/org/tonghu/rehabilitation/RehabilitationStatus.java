package org.tonghu.rehabilitation;

import org.eclipse.microprofile.graphql.Description;

/** Where a rehabilitation step stands; COMPLETED and DISCONTINUED need an end date and an outcome. */
@Description("Where a rehabilitation step stands; COMPLETED and DISCONTINUED need an end date and an outcome.")
public enum RehabilitationStatus {
    @Description("Planned.")
    PLANNED,
    @Description("Under way.")
    IN_PROGRESS,
    @Description("Completed.")
    COMPLETED,
    @Description("Stopped before completion.")
    DISCONTINUED;

    boolean isFinished() {
        return this == COMPLETED || this == DISCONTINUED;
    }
}

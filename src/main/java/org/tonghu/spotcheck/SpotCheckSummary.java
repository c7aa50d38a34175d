package org.tonghu.spotcheck;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/**
 * A year's spot-check figures under a region, for the annual progress report: files scored and passed, items failed,
 * and rectification tasks not yet confirmed ({@code openTasks}: OPEN or DONE) and confirmed ({@code closedTasks}).
 */
@Type("SpotCheckSummary")
@Description("A year's spot-check figures of the files drawn from a region, whatever check drew them: files scored "
        + "(filesChecked) and passed, items failed, rectification tasks open (OPEN or DONE) and closed (CONFIRMED).")
public record SpotCheckSummary(
        @NonNull @Description("Files drawn from the region that are scored.") int filesChecked,
        @NonNull @Description("Scored files whose every item passed.") int filesPassed,
        @NonNull @Description("Items failed across the scored files.") int failedItems,
        @NonNull @Description("Rectification tasks not yet confirmed (OPEN or DONE).") int openTasks,
        @NonNull @Description("Rectification tasks CONFIRMED.") int closedTasks) {
}

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
public record SpotCheckSummary(@NonNull int filesChecked, @NonNull int filesPassed, @NonNull int failedItems,
        @NonNull int openTasks, @NonNull int closedTasks) {
}

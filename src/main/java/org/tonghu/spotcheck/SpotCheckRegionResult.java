package org.tonghu.spotcheck;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** The results of a spot check in one township, or all of it. */
@Type("SpotCheckRegionResult")
@Description("A spot check's results in one township (or the whole region): files drawn, scored and passed, items "
        + "failed, the average score of the scored files and the rectification tasks still open (not confirmed).")
public record SpotCheckRegionResult(
        @NonNull @Description("The township (or the region checked, for the total).") String regionCode,
        @NonNull @Description("The name of that region.") String regionName,
        @NonNull @Description("Files drawn there.") int filesDrawn,
        @NonNull @Description("Of those, the files scored.") int filesScored,
        @NonNull @Description("Of those, the files whose every item passed.") int filesPassed,
        @NonNull @Description("Items failed across the scored files.") int failedItems,
        @Description("Null while no file is scored.") Double averageScore,
        @NonNull @Description("Rectification tasks not yet confirmed (OPEN or DONE).") int openTasks) {
}

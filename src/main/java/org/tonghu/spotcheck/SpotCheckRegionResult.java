package org.tonghu.spotcheck;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** The results of a spot check in one township, or all of it. */
@Type("SpotCheckRegionResult")
@Description("A spot check's results in one township (or the whole region): files drawn, scored and passed, items "
        + "failed, the average score of the scored files and the rectification tasks still open (not confirmed).")
public record SpotCheckRegionResult(
        @NonNull String regionCode,
        @NonNull String regionName,
        @NonNull int filesDrawn,
        @NonNull int filesScored,
        @NonNull int filesPassed,
        @NonNull int failedItems,
        @Description("Null while no file is scored.") Double averageScore,
        @NonNull int openTasks) {
}

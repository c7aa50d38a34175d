package org.tonghu.spotcheck;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** A spot check's results by township and for its whole region. */
@Type("SpotCheckResults")
@Description("A spot check's results by township (in code order) and for its whole region.")
public record SpotCheckResults(
        @NonNull @Description("The spot check's ID.") @Id String spotCheckId,
        @NonNull @Description("The results of the whole region checked.") SpotCheckRegionResult total,
        @NonNull @Description("The results of each township with drawn files, in code order.")
        List<@NonNull SpotCheckRegionResult> townships) {
}

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
        @NonNull @Id String spotCheckId,
        @NonNull SpotCheckRegionResult total,
        @NonNull List<@NonNull SpotCheckRegionResult> townships) {
}

package org.tonghu.spotcheck;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** The draw of a spot check run again, compared with the sample recorded. */
@Type("SpotCheckRedraw")
@Description("The draw of a spot check run again now with its seed, region, size and population day, compared with "
        + "the sample recorded: matches when both hold the same children at the same ranks.")
public record SpotCheckRedraw(
        @NonNull @Id String spotCheckId,
        @NonNull boolean matches,
        @NonNull int filesRecorded,
        @NonNull int filesDrawn,
        @NonNull @Description("Files in both, at the same township and rank.") int filesInBoth) {
}

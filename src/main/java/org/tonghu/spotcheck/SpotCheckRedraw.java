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
        @NonNull @Description("The spot check's ID.") @Id String spotCheckId,
        @NonNull @Description("Whether the draw gives the recorded sample: the same children at the same "
                + "townships and ranks.") boolean matches,
        @NonNull @Description("Files in the recorded sample.") int filesRecorded,
        @NonNull @Description("Files the draw run again gives.") int filesDrawn,
        @NonNull @Description("Files in both, at the same township and rank.") int filesInBoth) {
}

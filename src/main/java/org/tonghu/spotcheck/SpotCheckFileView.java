package org.tonghu.spotcheck;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** A drawn file as the graph shows it. */
@Type("SpotCheckFile")
@Description("A child's file drawn by a spot check, with its checklist: pre-filled items from the data, the "
        + "checker's items once scored, the score (percent of items passed) and whether every item passed.")
public record SpotCheckFileView(
        @NonNull @Id String id,
        @NonNull @Id String spotCheckId,
        @NonNull @Id String childId,
        @NonNull String childName,
        @NonNull String townshipCode,
        @NonNull String villageCode,
        @NonNull @Description("The file's rank in its township's draw (1 = first drawn).") int drawRank,
        @NonNull List<@NonNull SpotCheckItemView> items,
        @Description("Percent of items passed; null until scored.") Integer score,
        @Description("Whether every item passed; null until scored.") Boolean passed,
        String scoredByName,
        OffsetDateTime scoredAt,
        @NonNull int version) {
}

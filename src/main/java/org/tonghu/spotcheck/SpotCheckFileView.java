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
        @NonNull @Description("The drawn file's ID (not the child's).") @Id String id,
        @NonNull @Description("The spot check that drew it.") @Id String spotCheckId,
        @NonNull @Description("The child whose file it is.") @Id String childId,
        @NonNull @Description("The child's name.") String childName,
        @NonNull @Description("The township it was drawn in (12-digit code).") String townshipCode,
        @NonNull @Description("The child's village (12-digit code).") String villageCode,
        @NonNull @Description("The file's rank in its township's draw (1 = first drawn).") int drawRank,
        @NonNull @Description("Its checklist, one entry per item, in the checklist's order.")
        List<@NonNull SpotCheckItemView> items,
        @Description("Percent of items passed; null until scored.") Integer score,
        @Description("Whether every item passed; null until scored.") Boolean passed,
        @Description("Who scored it; null until scored.") String scoredByName,
        OffsetDateTime scoredAt,
        @NonNull @Description("The record's version; pass it as expectedVersion.") int version) {
}

package org.tonghu.placement;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** A periodic review of a placement. */
@Type("PlacementReview")
@Description("A periodic review of a temporary custody placement.")
public record PlacementReviewView(
        @NonNull @Id @Description("The review's ID.") String id,
        @NonNull LocalDate reviewedOn,
        @NonNull @Description("What the review found.") String finding,
        @NonNull @Description("The review after it.") LocalDate nextReviewOn,
        @NonNull @Description("Who reviewed it.") String reviewedByName) {
}

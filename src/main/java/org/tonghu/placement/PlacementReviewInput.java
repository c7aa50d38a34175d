package org.tonghu.placement;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** A review to record. */
@Input("PlacementReviewInput")
@Description("A periodic review of a placement.")
public record PlacementReviewInput(
        @Description("When; default today, never in the future nor before the placement started.") LocalDate reviewedOn,
        @NonNull @Description("What the review found (up to 2000 characters).") String finding,
        @Description("The next review; default reviewedOn plus the review period, at most a year after reviewedOn.")
        LocalDate nextReviewOn) {
}

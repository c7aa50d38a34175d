package org.tonghu.placement;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** The end of a placement. */
@Input("PlacementEndInput")
@Description("How a placement ends.")
public record PlacementEndInput(
        @Description("The last day; default today, never in the future nor before the start.") LocalDate endedOn,
        @NonNull @Description("How it ended.") PlacementOutcome outcome,
        @Description("A note (up to 1000 characters); required for OTHER.") String note) {
}

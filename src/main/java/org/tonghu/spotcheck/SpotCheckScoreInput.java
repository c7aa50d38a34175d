package org.tonghu.spotcheck;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** A file's checklist as the checker scores it. */
@Input("SpotCheckScoreInput")
@Description("A file's checklist as the checker scores it: every item the checker scores (ITEM_REQUIRED), "
        + "pre-filled items only to override them.")
public record SpotCheckScoreInput(
        @NonNull @Description("The verdicts, each item at most once.") List<@NonNull SpotCheckItemInput> items) {
}

package org.tonghu.goodpractice;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** The province's review of a recommended case: its score and comments. */
@Input("GoodPracticeSelectionInput")
@Description("The province's review of a recommended case: its score and comments.")
public record GoodPracticeSelectionInput(
        @NonNull @Description("0 to 100.") int score,
        @Description("Comments, up to 2000 characters.") String comment) {
}

package org.tonghu.goodpractice;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** One result with its figure. */
@Input("GoodPracticeResultInput")
@Description("One result of a good-practice case with its figure.")
public record GoodPracticeResultInput(
        @NonNull @Description("What was achieved, up to 100 characters.") String label,
        @NonNull @Description("The number, 0 to 999999999999.99 with at most two decimals.") double figure,
        @Description("Its unit (人, 场, %), up to 20 characters.") String unit) {
}

package org.tonghu.goodpractice;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** One result of a case with its figure (e.g. 结对帮扶儿童 128 人). */
@Type("GoodPracticeResult")
@Description("One result of a good-practice case with its figure (e.g. 结对帮扶儿童 128 人).")
public record GoodPracticeResultView(
        @NonNull @Description("What was achieved, up to 100 characters.") String label,
        @NonNull @Description("The number, with at most two decimals.") double figure,
        @Description("Its unit (人, 场, %); null if none.") String unit) {
}

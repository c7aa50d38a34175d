package org.tonghu.goodpractice;

import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** One result of a case with its figure (e.g. 结对帮扶儿童 128 人). */
@Type("GoodPracticeResult")
public record GoodPracticeResultView(@NonNull String label, @NonNull double figure, String unit) {
}

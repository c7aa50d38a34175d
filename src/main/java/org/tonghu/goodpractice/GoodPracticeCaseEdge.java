package org.tonghu.goodpractice;

import org.eclipse.microprofile.graphql.NonNull;

/** One case in a page of good-practice cases. */
public record GoodPracticeCaseEdge(@NonNull String cursor, @NonNull GoodPracticeCaseView node) {
}

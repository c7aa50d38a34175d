package org.tonghu.goodpractice;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.tonghu.graphql.PageRequest;

/** One case in a page of good-practice cases. */
@Description("One case in a page of good-practice cases.")
public record GoodPracticeCaseEdge(
        @NonNull @Description(PageRequest.CURSOR_DESCRIPTION) String cursor,
        @NonNull @Description(PageRequest.NODE_DESCRIPTION) GoodPracticeCaseView node) {
}

package org.tonghu.goodpractice;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;

import org.eclipse.microprofile.graphql.NonNull;
import org.tonghu.graphql.PageInfo;
import org.tonghu.graphql.PageRequest;

/** A page of good-practice cases, the latest changed first. */
@Description("A page of good-practice cases (优秀案例), the latest changed first.")
public record GoodPracticeCaseConnection(
        @NonNull @Description(PageRequest.EDGES_DESCRIPTION) List<@NonNull GoodPracticeCaseEdge> edges,
        @NonNull @Description(PageRequest.PAGE_INFO_DESCRIPTION) PageInfo pageInfo) {
}

package org.tonghu.goodpractice;

import java.util.List;

import org.eclipse.microprofile.graphql.NonNull;
import org.tonghu.graphql.PageInfo;

/** A page of good-practice cases, the latest changed first. */
public record GoodPracticeCaseConnection(@NonNull List<@NonNull GoodPracticeCaseEdge> edges,
        @NonNull PageInfo pageInfo) {
}

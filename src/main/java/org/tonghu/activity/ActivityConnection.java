package org.tonghu.activity;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.tonghu.graphql.PageInfo;
import org.tonghu.graphql.PageRequest;

/** A page of activities, the latest first. */
@Description("A page of activities, the latest first.")
public record ActivityConnection(
        @NonNull @Description(PageRequest.EDGES_DESCRIPTION) List<@NonNull ActivityEdge> edges,
        @NonNull @Description(PageRequest.PAGE_INFO_DESCRIPTION) PageInfo pageInfo) {
}

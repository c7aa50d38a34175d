package org.tonghu.care;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.tonghu.graphql.PageInfo;
import org.tonghu.graphql.PageRequest;

/** A page of a child's care records, latest first. */
@Description("A page of a child's care records, latest first.")
public record CareRecordConnection(
        @NonNull @Description(PageRequest.EDGES_DESCRIPTION) List<@NonNull CareRecordEdge> edges,
        @NonNull @Description(PageRequest.PAGE_INFO_DESCRIPTION) PageInfo pageInfo) {
}

package org.tonghu.worklog;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.tonghu.graphql.PageInfo;
import org.tonghu.graphql.PageRequest;

/** A page of work log entries, latest first. */
@Description("A page of work log entries, latest first.")
public record WorkLogConnection(
        @NonNull @Description(PageRequest.EDGES_DESCRIPTION) List<@NonNull WorkLogEdge> edges,
        @NonNull @Description(PageRequest.PAGE_INFO_DESCRIPTION) PageInfo pageInfo) {
}

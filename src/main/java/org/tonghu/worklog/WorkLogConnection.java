package org.tonghu.worklog;

import java.util.List;

import org.eclipse.microprofile.graphql.NonNull;
import org.tonghu.graphql.PageInfo;

/** A page of work log entries, latest first. */
public record WorkLogConnection(@NonNull List<@NonNull WorkLogEdge> edges, @NonNull PageInfo pageInfo) {
}

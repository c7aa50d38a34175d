package org.tonghu.worklog;

import org.eclipse.microprofile.graphql.NonNull;

/** One entry in a page of work log entries. */
public record WorkLogEdge(@NonNull String cursor, @NonNull WorkLogEntryView node) {
}

package org.tonghu.worklog;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.tonghu.graphql.PageRequest;

/** One entry in a page of work log entries. */
@Description("One entry in a page of work log entries.")
public record WorkLogEdge(
        @NonNull @Description(PageRequest.CURSOR_DESCRIPTION) String cursor,
        @NonNull @Description(PageRequest.NODE_DESCRIPTION) WorkLogEntryView node) {
}

package org.tonghu.concern;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.tonghu.graphql.PageRequest;

/** One concern in a page of concerns. */
@Description("One concern in a page of concerns.")
public record ConcernEdge(
        @NonNull @Description(PageRequest.CURSOR_DESCRIPTION) String cursor,
        @NonNull @Description(PageRequest.NODE_DESCRIPTION) ConcernView node) {
}

package org.tonghu.rehabilitation;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.tonghu.graphql.PageRequest;

/** One step in a page of rehabilitation steps. */
@Description("One step in a page of rehabilitation steps.")
public record RehabilitationEdge(
        @NonNull @Description(PageRequest.CURSOR_DESCRIPTION) String cursor,
        @NonNull @Description(PageRequest.NODE_DESCRIPTION) RehabilitationView node) {
}

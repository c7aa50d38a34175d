package org.tonghu.spotcheck;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.tonghu.graphql.PageRequest;

/** One node of a page (see {@link SpotCheckConnection}). */
@Description("One spot check in a page of spot checks.")
public record SpotCheckEdge(
        @NonNull @Description(PageRequest.CURSOR_DESCRIPTION) String cursor,
        @NonNull @Description(PageRequest.NODE_DESCRIPTION) SpotCheckView node) {
}

package org.tonghu.spotcheck;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.tonghu.graphql.PageRequest;

/** One node of a page (see {@link SpotCheckFileConnection}). */
@Description("One drawn file in a page of a spot check's files.")
public record SpotCheckFileEdge(
        @NonNull @Description(PageRequest.CURSOR_DESCRIPTION) String cursor,
        @NonNull @Description(PageRequest.NODE_DESCRIPTION) SpotCheckFileView node) {
}

package org.tonghu.region;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.tonghu.graphql.PageRequest;

/** One region in a page of regions, with the cursor that points at it. */
@Description("One region in a page of regions, with the cursor that points at it.")
public record RegionEdge(
        @NonNull @Description(PageRequest.CURSOR_DESCRIPTION) String cursor,
        @NonNull @Description(PageRequest.NODE_DESCRIPTION) RegionView node) {
}

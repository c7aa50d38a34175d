package org.tonghu.harbor;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.tonghu.graphql.PageRequest;

/** One site in a page of Tongxin Harbor sites. */
@Description("One site in a page of Tongxin Harbor sites.")
public record HarborSiteEdge(
        @NonNull @Description(PageRequest.CURSOR_DESCRIPTION) String cursor,
        @NonNull @Description(PageRequest.NODE_DESCRIPTION) HarborSiteView node) {
}

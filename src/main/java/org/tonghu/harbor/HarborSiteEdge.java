package org.tonghu.harbor;

import org.eclipse.microprofile.graphql.NonNull;

/** One site in a page of Tongxin Harbor sites. */
public record HarborSiteEdge(@NonNull String cursor, @NonNull HarborSiteView node) {
}

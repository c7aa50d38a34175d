package org.tonghu.graphql;

import org.eclipse.microprofile.graphql.NonNull;

/** Where a page stands in its list; pass {@code endCursor} as {@code after} for the next page. */
public record PageInfo(@NonNull boolean hasNextPage, String endCursor) {
}

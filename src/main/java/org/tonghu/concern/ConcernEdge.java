package org.tonghu.concern;

import org.eclipse.microprofile.graphql.NonNull;

/** One concern in a page of concerns. */
public record ConcernEdge(@NonNull String cursor, @NonNull ConcernView node) {
}

package org.tonghu.schedule;

import org.eclipse.microprofile.graphql.NonNull;

/** One child in a page of a work list. */
public record WorkListEdge(@NonNull String cursor, @NonNull WorkListItem node) {
}

package org.tonghu.child;

import org.eclipse.microprofile.graphql.NonNull;

/** One child in a page of children. */
public record ChildEdge(@NonNull String cursor, @NonNull ChildView node) {
}

package org.tonghu.spotcheck;

import org.eclipse.microprofile.graphql.NonNull;

/** One node of a page (see {@link RectificationTaskConnection}). */
public record RectificationTaskEdge(@NonNull String cursor, @NonNull RectificationTaskView node) {
}

package org.tonghu.spotcheck;

import org.eclipse.microprofile.graphql.NonNull;

/** One node of a page (see {@link SpotCheckConnection}). */
public record SpotCheckEdge(@NonNull String cursor, @NonNull SpotCheckView node) {
}

package org.tonghu.spotcheck;

import org.eclipse.microprofile.graphql.NonNull;

/** One node of a page (see {@link SpotCheckFileConnection}). */
public record SpotCheckFileEdge(@NonNull String cursor, @NonNull SpotCheckFileView node) {
}

package org.tonghu.rehabilitation;

import org.eclipse.microprofile.graphql.NonNull;

/** One step in a page of rehabilitation steps. */
public record RehabilitationEdge(@NonNull String cursor, @NonNull RehabilitationView node) {
}

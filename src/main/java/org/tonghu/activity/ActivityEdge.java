package org.tonghu.activity;

import org.eclipse.microprofile.graphql.NonNull;

/** One activity in a page of activities. */
public record ActivityEdge(@NonNull String cursor, @NonNull ActivityView node) {
}

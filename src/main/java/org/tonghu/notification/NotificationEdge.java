package org.tonghu.notification;

import org.eclipse.microprofile.graphql.NonNull;

/** One notification in a page of an inbox. */
public record NotificationEdge(@NonNull String cursor, @NonNull NotificationView node) {
}

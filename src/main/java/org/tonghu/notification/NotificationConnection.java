package org.tonghu.notification;

import java.util.List;

import org.eclipse.microprofile.graphql.NonNull;
import org.tonghu.graphql.PageInfo;

/** A page of an inbox, newest first. */
public record NotificationConnection(@NonNull List<@NonNull NotificationEdge> edges, @NonNull PageInfo pageInfo) {
}

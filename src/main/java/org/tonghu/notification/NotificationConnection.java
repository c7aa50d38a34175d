package org.tonghu.notification;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.tonghu.graphql.PageInfo;
import org.tonghu.graphql.PageRequest;

/** A page of an inbox, newest first. */
@Description("A page of an inbox, newest first.")
public record NotificationConnection(
        @NonNull @Description(PageRequest.EDGES_DESCRIPTION) List<@NonNull NotificationEdge> edges,
        @NonNull @Description(PageRequest.PAGE_INFO_DESCRIPTION) PageInfo pageInfo) {
}

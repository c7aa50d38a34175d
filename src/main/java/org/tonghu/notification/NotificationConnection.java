package org.tonghu.notification;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.tonghu.graphql.PageInfo;
import org.tonghu.graphql.PageRequest;
import org.tonghu.graphql.TotalCount;

/** A page of an inbox, newest first. */
@Description("A page of an inbox, newest first.")
public record NotificationConnection(
        @NonNull @Description(PageRequest.EDGES_DESCRIPTION) List<@NonNull NotificationEdge> edges,
        @NonNull @Description(PageRequest.PAGE_INFO_DESCRIPTION) PageInfo pageInfo,
        @NonNull @Description(TotalCount.DESCRIPTION) Integer totalCount) {

    /** A page without its total (not selected: not counted). */
    public NotificationConnection(List<NotificationEdge> edges, PageInfo pageInfo) {
        this(edges, pageInfo, null);
    }

    /** This page with the list's total. */
    public NotificationConnection withTotalCount(Integer count) {
        return new NotificationConnection(edges, pageInfo, count);
    }
}

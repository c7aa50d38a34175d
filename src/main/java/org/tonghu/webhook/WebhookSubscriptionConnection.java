package org.tonghu.webhook;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.tonghu.graphql.PageInfo;
import org.tonghu.graphql.PageRequest;

/** A page of webhook subscriptions. */
@Description("A page of webhook subscriptions, the latest first.")
public record WebhookSubscriptionConnection(
        @NonNull @Description(PageRequest.EDGES_DESCRIPTION) List<@NonNull WebhookSubscriptionEdge> edges,
        @NonNull @Description(PageRequest.PAGE_INFO_DESCRIPTION) PageInfo pageInfo) {
}

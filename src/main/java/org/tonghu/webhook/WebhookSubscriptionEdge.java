package org.tonghu.webhook;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.tonghu.graphql.PageRequest;

/** One webhook subscription in a page. */
@Description("One webhook subscription in a page.")
public record WebhookSubscriptionEdge(
        @NonNull @Description(PageRequest.CURSOR_DESCRIPTION) String cursor,
        @NonNull @Description(PageRequest.NODE_DESCRIPTION) WebhookSubscriptionView node) {
}

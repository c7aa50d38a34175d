package org.tonghu.webhook;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.tonghu.graphql.PageRequest;

/** One webhook delivery in a page. */
@Description("One webhook delivery in a page.")
public record WebhookDeliveryEdge(
        @NonNull @Description(PageRequest.CURSOR_DESCRIPTION) String cursor,
        @NonNull @Description(PageRequest.NODE_DESCRIPTION) WebhookDeliveryView node) {
}

package org.tonghu.webhook;

import org.eclipse.microprofile.graphql.Description;

/** Whether a subscription's deliveries are sent. */
@Description("Whether a webhook subscription's deliveries are sent.")
public enum WebhookSubscriptionStatus {
    @Description("Events are queued and sent.")
    ACTIVE,
    @Description("Events are queued but held; they are sent once the subscription is resumed.")
    PAUSED,
    @Description("Deleted: no more events are queued or sent; kept for the record, listed nowhere.")
    DELETED
}

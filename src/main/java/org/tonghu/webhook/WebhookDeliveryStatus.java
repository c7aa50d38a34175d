package org.tonghu.webhook;

import org.eclipse.microprofile.graphql.Description;

/** Where one delivery of an event stands. */
@Description("Where one delivery of an event to a subscription stands.")
public enum WebhookDeliveryStatus {
    @Description("Waiting for its first or next attempt (nextAttemptAt).")
    PENDING,
    @Description("The receiver answered with a 2xx status.")
    DELIVERED,
    @Description("Every attempt failed up to the cap (tonghu.webhook.max-attempts); replay it to try again.")
    DEAD
}

package org.tonghu.webhook;

import org.tonghu.graphql.NotFoundException;

import io.smallrye.graphql.api.ErrorCode;

/** No webhook subscription with this id of the caller's organization. */
@ErrorCode("WEBHOOK_SUBSCRIPTION_NOT_FOUND")
public class WebhookSubscriptionNotFoundException extends NotFoundException {

    public WebhookSubscriptionNotFoundException() {
        super("No webhook subscription with this id.");
    }
}

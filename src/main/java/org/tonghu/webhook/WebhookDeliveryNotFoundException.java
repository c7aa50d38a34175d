package org.tonghu.webhook;

import org.tonghu.graphql.NotFoundException;

import io.smallrye.graphql.api.ErrorCode;

/** No webhook delivery with this id to a subscription of the caller's organization. */
@ErrorCode("WEBHOOK_DELIVERY_NOT_FOUND")
public class WebhookDeliveryNotFoundException extends NotFoundException {

    public WebhookDeliveryNotFoundException() {
        super("No webhook delivery with this id.");
    }
}

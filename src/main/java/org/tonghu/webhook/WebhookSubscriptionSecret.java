package org.tonghu.webhook;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** A subscription with its signing secret: answered once, when the secret is made or rotated. */
@Description("A webhook subscription with its signing secret, shown only in this answer (and in a retry of it with "
        + "the same Idempotency-Key): keep it, Tonghu never shows it again.")
public record WebhookSubscriptionSecret(
        @NonNull @Description("The subscription.") WebhookSubscriptionView subscription,
        @NonNull @Description("The secret the deliveries' X-Tonghu-Signature is made with (HMAC-SHA256).")
        String secret) {
}

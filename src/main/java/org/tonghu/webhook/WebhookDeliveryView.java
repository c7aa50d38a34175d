package org.tonghu.webhook;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** One delivery of an event to a subscription, with its attempts. */
@Type("WebhookDelivery")
@Description("One delivery of an event to a webhook subscription, with its attempts.")
public record WebhookDeliveryView(
        @NonNull @Id @Description("The delivery's ID.") String id,
        @NonNull @Id @Description("The subscription it goes to.") String subscriptionId,
        @NonNull @Id @Description("The event's ID (the X-Tonghu-Event-Id header): the same in every subscription's "
                + "delivery of the event and in every attempt; drop repeats by it.") String eventId,
        @NonNull @Description("What happened.") WebhookEventKind eventKind,
        @NonNull @Description("When it happened.") OffsetDateTime occurredAt,
        @NonNull @Description("Where the delivery stands.") WebhookDeliveryStatus status,
        @Description("When the next attempt is due; none unless PENDING.") OffsetDateTime nextAttemptAt,
        @Description("When the receiver took it; none unless DELIVERED.") OffsetDateTime deliveredAt,
        @NonNull @Description("The JSON body POSTed (ids and kinds, see the README's \"Webhooks\").") String payload,
        @NonNull @Description("Its attempts, the first first; at most the latest 50.")
        List<@NonNull WebhookAttemptView> attempts) {
}

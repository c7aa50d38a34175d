package org.tonghu.webhook;

import java.time.OffsetDateTime;

import jakarta.annotation.security.RolesAllowed;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.tonghu.graphql.ConflictException;
import org.tonghu.graphql.PageRequest;
import org.tonghu.idempotency.Idempotent;
import org.tonghu.security.Roles;

/** Webhooks of third-party apps: translates between GraphQL and {@link WebhookService}. */
@GraphQLApi
@RolesAllowed(Roles.THIRD_PARTY_APP)
public class WebhookGraphQL {

    private final WebhookService webhooks;

    WebhookGraphQL(WebhookService webhooks) {
        this.webhooks = webhooks;
    }

    @Query("webhookSubscriptions")
    @Description("A page of your organization's webhook subscriptions, the latest first. first: 1 to 100, default 20.")
    public @NonNull WebhookSubscriptionConnection webhookSubscriptions(
            @Name("first") @Description(PageRequest.FIRST_DESCRIPTION) Integer first,
            @Name("after") @Description(PageRequest.AFTER_DESCRIPTION) String after) {
        return webhooks.listSubscriptions(first, after);
    }

    @Query("webhookSubscription")
    @Description("A webhook subscription of your organization (WEBHOOK_SUBSCRIPTION_NOT_FOUND otherwise).")
    public @NonNull WebhookSubscriptionView webhookSubscription(
            @Name("id") @Description("The subscription's ID.") @NonNull @Id String id) {
        return webhooks.findSubscription(id);
    }

    @Query("webhookDeliveries")
    @Description("A page of a subscription's deliveries with their attempts, the latest event first. first: 1 to "
            + "100, default 20.")
    public @NonNull WebhookDeliveryConnection webhookDeliveries(
            @Name("subscriptionId") @Description("The subscription's ID.") @NonNull @Id String subscriptionId,
            @Name("status") @Description("Only deliveries of this status; default all.") WebhookDeliveryStatus status,
            @Name("first") @Description(PageRequest.FIRST_DESCRIPTION) Integer first,
            @Name("after") @Description(PageRequest.AFTER_DESCRIPTION) String after) {
        return webhooks.listDeliveries(subscriptionId, status, first, after);
    }

    @Mutation("subscribeWebhook")
    @Idempotent
    @Description("Subscribes an https callback URL of your organization to event kinds (EVENT_KIND_NOT_ALLOWED for a "
            + "kind your app may not receive; CALLBACK_URL_SCHEME, CALLBACK_URL_PRIVATE, CALLBACK_URL_INVALID for a "
            + "URL refused). Answers the signing secret: it is shown only here.")
    public @NonNull WebhookSubscriptionSecret subscribeWebhook(
            @Name("input") @Description("The subscription.") @NonNull WebhookSubscriptionInput input) {
        return webhooks.subscribe(input);
    }

    @Mutation("rotateWebhookSecret")
    @Description("Replaces a subscription's signing secret and answers the new one, shown only here; deliveries "
            + "sent from now on are signed with it. A stale expectedVersion gets CONFLICT and changes nothing.")
    public @NonNull WebhookSubscriptionSecret rotateWebhookSecret(
            @Name("id") @Description("The subscription's ID.") @NonNull @Id String id,
            @Name("expectedVersion") @NonNull @Description(ConflictException.EXPECTED_VERSION) int expectedVersion) {
        return webhooks.rotateSecret(id, expectedVersion);
    }

    @Mutation("pauseWebhookSubscription")
    @Description("Holds an active subscription's deliveries: events are still queued and sent once it is resumed. "
            + "A stale expectedVersion gets CONFLICT.")
    public @NonNull WebhookSubscriptionView pauseWebhookSubscription(
            @Name("id") @Description("The subscription's ID.") @NonNull @Id String id,
            @Name("expectedVersion") @NonNull @Description(ConflictException.EXPECTED_VERSION) int expectedVersion) {
        return webhooks.pauseSubscription(id, expectedVersion);
    }

    @Mutation("resumeWebhookSubscription")
    @Description("Sends a paused subscription's deliveries again, the held ones first. A stale expectedVersion gets "
            + "CONFLICT.")
    public @NonNull WebhookSubscriptionView resumeWebhookSubscription(
            @Name("id") @Description("The subscription's ID.") @NonNull @Id String id,
            @Name("expectedVersion") @NonNull @Description(ConflictException.EXPECTED_VERSION) int expectedVersion) {
        return webhooks.resumeSubscription(id, expectedVersion);
    }

    @Mutation("deleteWebhookSubscription")
    @Description("Deletes a subscription: nothing more is queued or sent. A stale expectedVersion gets CONFLICT.")
    public @NonNull WebhookSubscriptionView deleteWebhookSubscription(
            @Name("id") @Description("The subscription's ID.") @NonNull @Id String id,
            @Name("expectedVersion") @NonNull @Description(ConflictException.EXPECTED_VERSION) int expectedVersion) {
        return webhooks.deleteSubscription(id, expectedVersion);
    }

    @Mutation("replayWebhookDelivery")
    @Description("Queues one delivery again, whatever its status, due now and with a new round of attempts.")
    public @NonNull WebhookDeliveryView replayWebhookDelivery(
            @Name("deliveryId") @Description("The delivery's ID.") @NonNull @Id String deliveryId) {
        return webhooks.replayDelivery(deliveryId);
    }

    @Mutation("replayWebhookDeliveries")
    @Description("Queues again every delivery of a subscription whose event occurred at or after since (not in the "
            + "future; SINCE_INVALID otherwise); answers how many.")
    public int replayWebhookDeliveries(
            @Name("subscriptionId") @Description("The subscription's ID.") @NonNull @Id String subscriptionId,
            @Name("since") @Description("The earliest event time to replay.") @NonNull OffsetDateTime since) {
        return webhooks.replayDeliveries(subscriptionId, since);
    }
}

package org.tonghu.webhook;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** A webhook subscription as its organization's app sees it: never its secret. */
@Type("WebhookSubscription")
@Description("A third-party app's webhook subscription (回调订阅): where the events of its organization are POSTed.")
public record WebhookSubscriptionView(
        @NonNull @Id @Description("The subscription's ID.") String id,
        @NonNull @Id @Description("The organization the subscription belongs to (the app's).") String organizationId,
        @NonNull @Description("The OAuth client that made the subscription.") String clientId,
        @NonNull @Description("The https URL the deliveries are POSTed to.") String callbackUrl,
        @NonNull @Description("The events delivered.") List<@NonNull WebhookEventKind> eventKinds,
        @NonNull @Description("Whether deliveries are sent.") WebhookSubscriptionStatus status,
        @Description("The app's own note on the subscription.") String description,
        @NonNull @Description("When the subscription was made.") OffsetDateTime createdAt,
        @Description("When the signing secret was last rotated; none if never.") OffsetDateTime secretRotatedAt,
        @NonNull @Description("Pass as expectedVersion when rotating its secret, pausing, resuming or deleting it.")
        int version) {
}

package org.tonghu.webhook;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** A new webhook subscription. */
@Input("WebhookSubscriptionInput")
@Description("A new webhook subscription.")
public record WebhookSubscriptionInput(
        @NonNull @Description("Where to POST the deliveries: an https URL of a public host (at most 2000 characters).")
        String callbackUrl,
        @NonNull @Description("The events to deliver (1 to 4, each your organization can receive).")
        List<@NonNull WebhookEventKind> eventKinds,
        @Description("Your own note on the subscription (at most 200 characters).") String description) {
}

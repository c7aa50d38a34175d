package org.tonghu.webhook;

/**
 * Whether the calling app may subscribe to a kind of event: the one check a subscription passes besides the
 * organization scoping of every delivery (an event is queued only for the subscriptions of the organizations it
 * concerns, see {@link WebhookOutbox}). One implementation, {@link OrganizationWebhookEventPermission}; the
 * data-sharing agreements add their {@code DataSharingService.allowsWebhookEvent(clientId, eventKind)} there.
 */
public interface WebhookEventPermission {

    /** Whether this client, acting for the caller's organization, may receive events of this kind. */
    boolean allows(String clientId, String eventKind);
}

package org.tonghu.webhook;

/**
 * Whether an app may have events of a kind: asked when it subscribes and again before each delivery, besides the
 * organization scoping of every event (an event is queued only for the subscriptions of the organizations it
 * concerns, see {@link WebhookOutbox}). Implemented by the data-sharing agreements
 * ({@code org.tonghu.datasharing}): the app's agreement in force must list the kind.
 */
public interface WebhookEventPermission {

    /** Whether the calling app, this client acting for its organization, may subscribe to events of this kind. */
    boolean allows(String clientId, String eventKind);

    /** Whether this client may still receive events of this kind now (before each delivery; no caller). */
    boolean stillAllows(String clientId, String eventKind);
}

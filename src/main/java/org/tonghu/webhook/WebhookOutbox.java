package org.tonghu.webhook;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.transaction.Transactional;

import org.tonghu.time.ChinaTime;

/**
 * The webhook outbox: the services whose events apps subscribe to call it inside their own transaction, and it
 * writes one delivery per matching subscription in one statement, so a rolled-back event queues nothing and a
 * committed one loses no delivery. Only the subscriptions of the organizations the event concerns get it (the
 * organization scoping of webhooks). The payload, identical for every subscription:
 *
 * <pre>{@code
 * {"id": "<event id>", "kind": "REFERRAL_RECEIVED", "occurredAt": "2026-12-03T15:04:05.123+08:00",
 *  "data": {"referralId": "<uuid>"}}
 * }</pre>
 *
 * with {@code data} holding ids and kinds only, never a child's personal data: the receiver reads the details through
 * the API with its own token, where the usual scope applies.
 */
@ApplicationScoped
public class WebhookOutbox {

    private final WebhookStore store;

    WebhookOutbox(WebhookStore store) {
        this.store = store;
    }

    /** A referral was made to an organization: tells the receiving organization's apps. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int referralReceived(UUID referralId, UUID toOrganizationId) {
        return enqueue(WebhookEventKind.REFERRAL_RECEIVED, List.of(toOrganizationId),
                Map.of("referralId", referralId.toString()));
    }

    /**
     * A referral was answered (its new status, ACCEPTED or DECLINED): tells the apps of the organization that made it,
     * if an organization made it (not a region's staff alone).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int referralAnswered(UUID referralId, String status, UUID fromOrganizationId) {
        return fromOrganizationId == null ? 0 : enqueue(WebhookEventKind.REFERRAL_ANSWERED,
                List.of(fromOrganizationId), ordered("referralId", referralId.toString(), "status", status));
    }

    /**
     * An activity was announced: tells the apps of the organizations that may see it, as the activity feature decides
     * (today the organization that runs it: activities are read through the API by their own organization only).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int activityPublished(UUID activityId, String activityKind, Collection<UUID> organizationsThatMaySee) {
        return enqueue(WebhookEventKind.ACTIVITY_PUBLISHED, organizationsThatMaySee,
                ordered("activityId", activityId.toString(), "activityKind", activityKind));
    }

    /**
     * A receiver acknowledged a mandatory report: tells the apps of the organization that filed it, if an
     * organization filed it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int reportAcknowledged(UUID reportId, UUID receiptId, String receiverKind, UUID reporterOrganizationId) {
        return reporterOrganizationId == null ? 0 : enqueue(WebhookEventKind.REPORT_ACKNOWLEDGED,
                List.of(reporterOrganizationId), ordered("reportId", reportId.toString(), "receiptId",
                        receiptId.toString(), "receiverKind", receiverKind));
    }

    /** The kind with this name, if there is one. */
    static Optional<WebhookEventKind> kind(String name) {
        for (WebhookEventKind kind : WebhookEventKind.values()) {
            if (kind.name().equals(name)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    private int enqueue(WebhookEventKind kind, Collection<UUID> organizations, Map<String, String> data) {
        Set<UUID> audience = new LinkedHashSet<>(organizations);
        audience.remove(null);
        if (audience.isEmpty()) {
            return 0;
        }
        UUID eventId = UUID.randomUUID();
        OffsetDateTime occurredAt = ChinaTime.now();
        return store.enqueue(eventId, kind, payload(eventId, kind, occurredAt, data), occurredAt, audience);
    }

    static String payload(UUID eventId, WebhookEventKind kind, OffsetDateTime occurredAt, Map<String, String> data) {
        JsonObjectBuilder fields = Json.createObjectBuilder();
        data.forEach(fields::add);
        return Json.createObjectBuilder().add("id", eventId.toString()).add("kind", kind.name())
                .add("occurredAt", occurredAt.toString()).add("data", fields).build().toString();
    }

    private static Map<String, String> ordered(String... keysAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}

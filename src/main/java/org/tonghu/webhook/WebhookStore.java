package org.tonghu.webhook;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import org.tonghu.graphql.ConflictException;
import org.tonghu.graphql.PageRequest;
import org.tonghu.persistence.NativeSql;
import org.tonghu.persistence.NativeSql.Keyset;
import org.tonghu.persistence.Writes;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** The webhook tables: {@code webhook_subscription}, the outbox {@code webhook_delivery}, {@code webhook_attempt}. */
@ApplicationScoped
class WebhookStore implements PanacheRepositoryBase<WebhookSubscription, UUID> {

    /** Subscriptions, the latest first. */
    static final Keyset SUBSCRIPTIONS_LATEST_FIRST = Keyset.timestampThenId("s.created_at", "s.id",
            Keyset.Order.DESCENDING);
    /** Deliveries, the latest event first. */
    static final Keyset DELIVERIES_LATEST_FIRST = Keyset.timestampThenId("d.occurred_at", "d.id",
            Keyset.Order.DESCENDING);

    /** The first key of the organizations' advisory locks, apart from other features' (V37, this feature's). */
    private static final int ADVISORY_LOCK_SPACE = 37;

    /** A delivery a worker claimed, with what it needs to send it. */
    record Claimed(UUID deliveryId, UUID subscriptionId, UUID eventId, String eventKind, String payload,
            int attempts, int roundAttempts, String callbackUrl, String secretSealed, String clientId) {
    }

    /**
     * Queues an event for every live subscription of these organizations to its kind, in one statement in the
     * caller's transaction: the rows commit or roll back with the event. Returns how many.
     */
    int enqueue(UUID eventId, WebhookEventKind kind, String payload, OffsetDateTime occurredAt,
            Collection<UUID> organizations) {
        return NativeSql.of("insert into webhook_delivery (id, subscription_id, event_id, event_kind, payload,"
                + " occurred_at, status, attempts, round_attempts, next_attempt_at)"
                + " select gen_random_uuid(), s.id, :event, :kind, :payload, :occurred, 'PENDING', 0, 0, :occurred"
                + " from webhook_subscription s where s.organization_id in (:organizations)"
                + " and s.status <> 'DELETED' and cast(:kind as varchar) = any (s.event_kinds)")
                .bind("event", eventId).bind("kind", kind.name()).bind("payload", payload)
                .bind("occurred", occurredAt).bind("organizations", organizations).execute(getEntityManager());
    }

    /** The subscription with this id of this organization, unless deleted. */
    Optional<WebhookSubscription> findLive(UUID id, UUID organizationId) {
        return findByIdOptional(id).filter(s -> s.organizationId.equals(organizationId)
                && s.status != WebhookSubscriptionStatus.DELETED);
    }

    /**
     * How many live subscriptions an organization has, after taking the organization's transaction-scoped advisory
     * lock, so that two concurrent subscriptions of one organization count one after the other and the cap holds.
     */
    long countLiveLocked(UUID organizationId) {
        NativeSql.of("select count(*) from (select pg_advisory_xact_lock(" + ADVISORY_LOCK_SPACE
                + ", hashtext(cast(:organization as text)))) locked").bind("organization", organizationId.toString())
                .column(getEntityManager(), Long.class);
        return NativeSql.of("select count(*) from webhook_subscription s where s.organization_id = :organization"
                + " and s.status <> 'DELETED'").bind("organization", organizationId)
                .column(getEntityManager(), Long.class).get(0);
    }

    /** A page of an organization's live subscriptions, the latest first. */
    List<WebhookSubscription> pageOfOrganization(UUID organizationId, PageRequest page) {
        return NativeSql.of("select s.* from webhook_subscription s where s.organization_id = :organization"
                + " and s.status <> 'DELETED'").bind("organization", organizationId)
                .keysetPage(page, SUBSCRIPTIONS_LATEST_FIRST).list(getEntityManager(), WebhookSubscription.class);
    }

    /** A page of a subscription's deliveries, the latest event first, optionally of one status. */
    List<WebhookDelivery> pageOfDeliveries(UUID subscriptionId, Optional<WebhookDeliveryStatus> status,
            PageRequest page) {
        return NativeSql.of("select d.* from webhook_delivery d where d.subscription_id = :subscription")
                .bind("subscription", subscriptionId)
                .andIf(status.isPresent(), "d.status = :status", "status", status.map(Enum::name).orElse(null))
                .keysetPage(page, DELIVERIES_LATEST_FIRST).list(getEntityManager(), WebhookDelivery.class);
    }

    /** The attempts of these deliveries, each delivery's in order; one query. */
    List<WebhookAttempt> listAttempts(Collection<UUID> deliveryIds) {
        return NativeSql.of("select a.* from webhook_attempt a where a.delivery_id in (:deliveries)"
                + " order by a.delivery_id, a.attempt_number").bind("deliveries", deliveryIds)
                .list(getEntityManager(), WebhookAttempt.class);
    }

    /** The delivery with this id to a subscription of this organization. */
    Optional<WebhookDelivery> findDelivery(UUID id, UUID organizationId) {
        return NativeSql.of("select d.* from webhook_delivery d join webhook_subscription s on s.id = d.subscription_id"
                + " where d.id = :id and s.organization_id = :organization and s.status <> 'DELETED'")
                .bind("id", id).bind("organization", organizationId).list(getEntityManager(), WebhookDelivery.class)
                .stream().findFirst();
    }

    /** Queues a delivery again, due now, with a new round of attempts. */
    void requeue(WebhookDelivery delivery, OffsetDateTime now) {
        getEntityManager().lock(delivery, LockModeType.PESSIMISTIC_WRITE);
        delivery.status = WebhookDeliveryStatus.PENDING;
        delivery.roundAttempts = 0;
        delivery.deliveredAt = null;
        delivery.nextAttemptAt = now;
        getEntityManager().flush();
    }

    /** Queues again every delivery of a subscription whose event occurred at or after a time; returns their ids. */
    List<UUID> requeueSince(UUID subscriptionId, OffsetDateTime since, OffsetDateTime now) {
        return NativeSql.of("update webhook_delivery set status = 'PENDING', round_attempts = 0, delivered_at = null,"
                + " next_attempt_at = :now where subscription_id = :subscription and occurred_at >= :since"
                + " returning id").bind("now", now).bind("subscription", subscriptionId).bind("since", since)
                .column(getEntityManager(), UUID.class);
    }

    /**
     * Claims up to {@code limit} due deliveries of active subscriptions: locks them skipping rows another worker
     * holds, and moves their due time to the end of the lease, so that they stay this worker's while it sends them
     * outside the transaction and come back by themselves if it dies.
     */
    List<Claimed> claimDue(OffsetDateTime now, OffsetDateTime leaseEnd, int limit) {
        List<Object[]> rows = NativeSql.of("select d.id, d.subscription_id, d.event_id, d.event_kind, d.payload,"
                + " d.attempts, d.round_attempts, s.callback_url, s.secret_sealed, s.client_id from webhook_delivery d"
                + " join webhook_subscription s on s.id = d.subscription_id"
                + " where d.status = 'PENDING' and d.next_attempt_at <= :now and s.status = 'ACTIVE'"
                + " order by d.next_attempt_at, d.id limit :limit for update of d skip locked")
                .bind("now", now).bind("limit", limit).rows(getEntityManager());
        List<Claimed> claimed = rows.stream().map(r -> new Claimed((UUID) r[0], (UUID) r[1], (UUID) r[2],
                (String) r[3], (String) r[4], ((Number) r[5]).intValue(), ((Number) r[6]).intValue(),
                (String) r[7], (String) r[8], (String) r[9])).toList();
        if (!claimed.isEmpty()) {
            NativeSql.of("update webhook_delivery set next_attempt_at = :leaseEnd where id in (:ids)")
                    .bind("leaseEnd", leaseEnd).bind("ids", claimed.stream().map(Claimed::deliveryId).toList())
                    .execute(getEntityManager());
        }
        return claimed;
    }

    /**
     * Records an attempt and its outcome on the delivery: delivered, due again at {@code nextAttemptAt}, or dead
     * ({@code nextAttemptAt} null). The attempt's number is the delivery's count so far plus one, under the row's
     * lock.
     */
    void recordAttempt(UUID deliveryId, OffsetDateTime attemptedAt, Integer statusCode, int durationMillis,
            String errorClass, boolean succeeded, OffsetDateTime nextAttemptAt) {
        WebhookDelivery delivery = getEntityManager().find(WebhookDelivery.class, deliveryId,
                LockModeType.PESSIMISTIC_WRITE);
        if (delivery == null) {
            return;
        }
        delivery.attempts++;
        delivery.roundAttempts++;
        delivery.lastStatusCode = statusCode;
        delivery.lastErrorClass = errorClass;
        if (succeeded) {
            delivery.status = WebhookDeliveryStatus.DELIVERED;
            delivery.deliveredAt = attemptedAt;
        } else if (nextAttemptAt == null) {
            delivery.status = WebhookDeliveryStatus.DEAD;
        } else {
            delivery.status = WebhookDeliveryStatus.PENDING;
            delivery.nextAttemptAt = nextAttemptAt;
        }
        WebhookAttempt attempt = new WebhookAttempt();
        attempt.id = UUID.randomUUID();
        attempt.deliveryId = deliveryId;
        attempt.attemptNumber = delivery.attempts;
        attempt.attemptedAt = attemptedAt;
        attempt.statusCode = statusCode;
        attempt.durationMillis = durationMillis;
        attempt.errorClass = errorClass;
        attempt.succeeded = succeeded;
        getEntityManager().persist(attempt);
    }

    /** Flushes pending changes; another writer's change since the read becomes {@code conflict}. */
    void flushOrConflict(Supplier<ConflictException> conflict) {
        Writes.flushOrConflict(getEntityManager(), conflict);
    }
}

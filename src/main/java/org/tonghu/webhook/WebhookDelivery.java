package org.tonghu.webhook;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One event to send to one subscription, as the outbox keeps it. */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDelivery {

    @Id
    @Column(name = "id")
    public UUID id;

    @Column(name = "subscription_id", nullable = false)
    public UUID subscriptionId;

    @Column(name = "event_id", nullable = false)
    public UUID eventId;

    @Enumerated(EnumType.STRING)
    @Column(name = "event_kind", nullable = false)
    public WebhookEventKind eventKind;

    @Column(name = "payload", nullable = false)
    public String payload;

    @Column(name = "occurred_at", nullable = false)
    public OffsetDateTime occurredAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    public WebhookDeliveryStatus status;

    @Column(name = "attempts", nullable = false)
    public int attempts;

    @Column(name = "round_attempts", nullable = false)
    public int roundAttempts;

    @Column(name = "next_attempt_at", nullable = false)
    public OffsetDateTime nextAttemptAt;

    @Column(name = "delivered_at")
    public OffsetDateTime deliveredAt;

    @Column(name = "last_status_code")
    public Integer lastStatusCode;

    @Column(name = "last_error_class")
    public String lastErrorClass;

    @Column(name = "created_at", nullable = false, insertable = false, updatable = false)
    public OffsetDateTime createdAt;
}

package org.tonghu.webhook;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One attempt to send a delivery: its status code, duration and kind of failure, never a body. */
@Entity
@Table(name = "webhook_attempt")
public class WebhookAttempt {

    @Id
    @Column(name = "id")
    public UUID id;

    @Column(name = "delivery_id", nullable = false)
    public UUID deliveryId;

    @Column(name = "attempt_number", nullable = false)
    public int attemptNumber;

    @Column(name = "attempted_at", nullable = false)
    public OffsetDateTime attemptedAt;

    @Column(name = "status_code")
    public Integer statusCode;

    @Column(name = "duration_millis", nullable = false)
    public int durationMillis;

    @Column(name = "error_class")
    public String errorClass;

    @Column(name = "succeeded", nullable = false)
    public boolean succeeded;
}

package org.tonghu.webhook;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.tonghu.persistence.VersionedRecord;

/** A third-party app's webhook subscription as stored. */
@Entity
@Table(name = "webhook_subscription")
public class WebhookSubscription extends VersionedRecord {

    @Id
    @Column(name = "id")
    public UUID id;

    @Column(name = "organization_id", nullable = false)
    public UUID organizationId;

    @Column(name = "client_id", nullable = false)
    public String clientId;

    @Column(name = "callback_url", nullable = false)
    public String callbackUrl;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "event_kinds", nullable = false)
    public String[] eventKinds = new String[0];

    /** The secret as {@link WebhookSecrets} seals it; never shown. */
    @Column(name = "secret_sealed", nullable = false)
    public String secretSealed;

    @Column(name = "secret_rotated_at")
    public OffsetDateTime secretRotatedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    public WebhookSubscriptionStatus status;

    @Column(name = "description")
    public String description;

    @Column(name = "created_by_subject", nullable = false)
    public String createdBySubject;

    @Column(name = "deleted_at")
    public OffsetDateTime deletedAt;
}

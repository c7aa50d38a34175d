package org.tonghu.notification;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A notification as stored (V24); never changed once written. */
@Entity
@Table(name = "notification")
public class Notification {

    @Id
    @Column(name = "id")
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false)
    public NotificationKind kind;

    @Column(name = "subject_type", nullable = false, updatable = false)
    public String subjectType;

    @Column(name = "subject_id", nullable = false, updatable = false)
    public UUID subjectId;

    @Column(name = "occasion", nullable = false, updatable = false)
    public String occasion;

    @Column(name = "due_at", updatable = false)
    public OffsetDateTime dueAt;

    @Column(name = "to_subject", updatable = false)
    public String toSubject;

    @Column(name = "to_organization_id", updatable = false)
    public UUID toOrganizationId;

    @Column(name = "to_role", updatable = false)
    public String toRole;

    @Column(name = "to_region_code", updatable = false)
    public String toRegionCode;

    @Column(name = "created_at", nullable = false, updatable = false)
    public OffsetDateTime createdAt;
}

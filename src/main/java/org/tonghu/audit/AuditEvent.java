package org.tonghu.audit;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One recorded access to children's data. Written once, never changed: the database gives it its content hash when it
 * is inserted, the sealer ({@link AuditSealer}) numbers and chains it once its transaction has committed
 * ({@code sequence_number}, {@code previous_hash}, {@code hash}), and the database refuses any other update and
 * every delete.
 */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    public Long id;

    @Column(name = "sequence_number", insertable = false, updatable = false)
    public Long sequenceNumber;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    public OffsetDateTime occurredAt;

    @Column(name = "actor_subject", nullable = false, updatable = false, length = 100)
    public String actorSubject;

    @Column(name = "actor_username", updatable = false, length = 100)
    public String actorUsername;

    @Column(name = "organization_id", updatable = false)
    public UUID organizationId;

    @Column(name = "client_id", updatable = false, length = 100)
    public String clientId;

    @Column(name = "roles", nullable = false, updatable = false, length = 300)
    public String roles;

    @Column(name = "operation", nullable = false, updatable = false, length = 60)
    public String operation;

    @Column(name = "record_type", nullable = false, updatable = false, length = 30)
    public String recordType;

    @Column(name = "record_ids", nullable = false, updatable = false, columnDefinition = "text")
    public String recordIds;

    @Column(name = "fields_revealed", nullable = false, updatable = false, length = 300)
    public String fieldsRevealed;

    @Column(name = "result", nullable = false, updatable = false, length = 20)
    public String result;

    @Column(name = "source_address", updatable = false, length = 64)
    public String sourceAddress;

    @Column(name = "reason", updatable = false, length = 500)
    public String reason;

    @Column(name = "previous_hash", insertable = false, updatable = false, length = 64)
    public String previousHash;

    @Column(name = "hash", insertable = false, updatable = false, length = 64)
    public String hash;

    @Column(name = "content_hash", insertable = false, updatable = false, length = 64)
    public String contentHash;
}

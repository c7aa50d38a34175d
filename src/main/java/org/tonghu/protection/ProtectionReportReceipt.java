package org.tonghu.protection;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.tonghu.persistence.VersionedRecord;

/** One receiving organization of a report, as stored. */
@Entity
@Table(name = "protection_report_receipt")
public class ProtectionReportReceipt extends VersionedRecord {

    @Id
    @Column(name = "id")
    public UUID id;

    @Column(name = "report_id", nullable = false)
    public UUID reportId;

    @Column(name = "organization_id", nullable = false)
    public UUID organizationId;

    @Enumerated(EnumType.STRING)
    @Column(name = "receiver_kind", nullable = false)
    public ReceiverKind receiverKind;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    public ReceiptStatus status;

    @Column(name = "acknowledge_by", nullable = false)
    public OffsetDateTime acknowledgeBy;

    @Column(name = "acknowledged_at")
    public OffsetDateTime acknowledgedAt;

    @Column(name = "acknowledged_by_name")
    public String acknowledgedByName;

    @Column(name = "outcome")
    public String outcome;

    @Column(name = "closed_at")
    public OffsetDateTime closedAt;

    @Column(name = "closed_by_name")
    public String closedByName;
}

package org.tonghu.protection;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An escalation of a receipt, as stored (written by the escalation job's statement; never changed). */
@Entity
@Table(name = "protection_report_escalation")
public class ProtectionReportEscalation {

    @Id
    @Column(name = "id")
    public UUID id;

    @Column(name = "receipt_id", nullable = false)
    public UUID receiptId;

    @Enumerated(EnumType.STRING)
    @Column(name = "level", nullable = false)
    public EscalationLevel level;

    @Column(name = "region_code", nullable = false)
    public String regionCode;

    @Column(name = "escalated_at", nullable = false)
    public OffsetDateTime escalatedAt;
}

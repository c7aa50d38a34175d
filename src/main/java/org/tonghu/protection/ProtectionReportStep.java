package org.tonghu.protection;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A handling step of a report, as stored; never changed. */
@Entity
@Table(name = "protection_report_step")
public class ProtectionReportStep {

    @Id
    @Column(name = "id")
    public UUID id;

    @Column(name = "report_id", nullable = false)
    public UUID reportId;

    @Column(name = "receipt_id")
    public UUID receiptId;

    @Column(name = "taken_at", nullable = false)
    public OffsetDateTime takenAt;

    @Column(name = "description", nullable = false)
    public String description;

    @Column(name = "recorded_by_name", nullable = false)
    public String recordedByName;

    @Column(name = "recorded_by_subject", nullable = false)
    public String recordedBySubject;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;
}

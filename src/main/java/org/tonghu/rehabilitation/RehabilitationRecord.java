package org.tonghu.rehabilitation;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.tonghu.persistence.VersionedRecord;

/** A rehabilitation step as stored. */
@Entity
@Table(name = "rehabilitation_record")
public class RehabilitationRecord extends VersionedRecord {

    @Id
    @Column(name = "id")
    public UUID id;

    @Column(name = "child_id", nullable = false)
    public UUID childId;

    @Column(name = "organization_id", nullable = false)
    public UUID organizationId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    public RehabilitationKind kind;

    @Column(name = "provider", nullable = false)
    public String provider;

    @Column(name = "starts_on", nullable = false)
    public LocalDate startsOn;

    @Column(name = "ends_on")
    public LocalDate endsOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "funding_source")
    public FundingSource fundingSource;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    public RehabilitationStatus status;

    @Column(name = "findings")
    public String findings;

    @Column(name = "device")
    public String device;

    @Column(name = "sessions_planned")
    public Short sessionsPlanned;

    @Column(name = "sessions_completed")
    public Short sessionsCompleted;

    @Column(name = "outcome")
    public String outcome;

    @Column(name = "recorded_by_name", nullable = false)
    public String recordedByName;

    @Column(name = "recorded_by_subject", nullable = false)
    public String recordedBySubject;
}

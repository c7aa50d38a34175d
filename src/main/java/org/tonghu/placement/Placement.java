package org.tonghu.placement;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.tonghu.persistence.VersionedRecord;

/** A temporary custody placement as stored. */
@Entity
@Table(name = "placement")
public class Placement extends VersionedRecord {

    @Id
    @Column(name = "id")
    public UUID id;

    @Column(name = "child_id", nullable = false)
    public UUID childId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    public PlacementKind kind;

    @Column(name = "carer_guardian_id")
    public UUID carerGuardianId;

    @Column(name = "carer_name")
    public String carerName;

    @Column(name = "carer_phone")
    public String carerPhone;

    @Column(name = "institution_id")
    public UUID institutionId;

    @Column(name = "starts_on", nullable = false)
    public LocalDate startsOn;

    @Column(name = "reasons", nullable = false)
    public String reasons;

    @Column(name = "legal_basis")
    public String legalBasis;

    @Column(name = "protection_report_id")
    public UUID protectionReportId;

    @Column(name = "next_review_on", nullable = false)
    public LocalDate nextReviewOn;

    @Column(name = "recorded_by_name", nullable = false)
    public String recordedByName;

    @Column(name = "recorded_by_subject", nullable = false)
    public String recordedBySubject;

    @Column(name = "ended_on")
    public LocalDate endedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "end_outcome")
    public PlacementOutcome endOutcome;

    @Column(name = "end_note")
    public String endNote;

    @Column(name = "ended_by_name")
    public String endedByName;
}

package org.tonghu.caseaction;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.tonghu.persistence.VersionedRecord;

/** A linked action on a child's case, as stored. */
@Entity
@Table(name = "case_action")
public class CaseAction extends VersionedRecord {

    @Id
    @Column(name = "id")
    public UUID id;

    @Column(name = "child_id", nullable = false, updatable = false)
    public UUID childId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    public CaseActionKind kind;

    @Column(name = "action_date", nullable = false)
    public LocalDate actionDate;

    @Column(name = "issuing_body", nullable = false)
    public String issuingBody;

    @Column(name = "document_number", nullable = false)
    public String documentNumber;

    @Column(name = "protection_report_id")
    public UUID protectionReportId;

    @Column(name = "family_education_activity_id")
    public UUID familyEducationActivityId;

    @Column(name = "note")
    public String note;

    @Column(name = "recorded_by_name", nullable = false)
    public String recordedByName;

    @Column(name = "recorded_by_subject", nullable = false)
    public String recordedBySubject;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;
}

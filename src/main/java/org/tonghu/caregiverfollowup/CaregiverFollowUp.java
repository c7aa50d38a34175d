package org.tonghu.caregiverfollowup;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.tonghu.persistence.VersionedRecord;

/** A follow-up of a caregiver found unable to care, as stored. */
@Entity
@Table(name = "caregiver_follow_up")
public class CaregiverFollowUp extends VersionedRecord {

    @Id
    @Column(name = "id")
    public UUID id;

    @Column(name = "child_id", nullable = false, updatable = false)
    public UUID childId;

    @Column(name = "visit_id", nullable = false, updatable = false)
    public UUID visitId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    public CaregiverFollowUpStatus status;

    @Column(name = "opened_at", nullable = false, updatable = false)
    public OffsetDateTime openedAt;

    @Column(name = "opened_by_name", nullable = false, updatable = false)
    public String openedByName;

    @Column(name = "due_at", nullable = false)
    public OffsetDateTime dueAt;

    @Column(name = "parents_contacted_at")
    public OffsetDateTime parentsContactedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "parents_contact_mode")
    public ParentsContactMode parentsContactMode;

    @Column(name = "parents_person_reached")
    public String parentsPersonReached;

    @Column(name = "parents_response")
    public String parentsResponse;

    @Column(name = "parents_contact_recorded_by")
    public String parentsContactRecordedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "caregiver_decision")
    public CaregiverDecision caregiverDecision;

    @Column(name = "new_caregiver_guardian_id")
    public UUID newCaregiverGuardianId;

    @Column(name = "caregiver_note")
    public String caregiverNote;

    @Column(name = "caregiver_chosen_at")
    public OffsetDateTime caregiverChosenAt;

    @Column(name = "caregiver_chosen_by_name")
    public String caregiverChosenByName;

    @Column(name = "resolved_at")
    public OffsetDateTime resolvedAt;

    @Column(name = "resolution")
    public String resolution;

    @Column(name = "resolved_by_name")
    public String resolvedByName;
}

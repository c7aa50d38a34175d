package org.tonghu.visit;

import java.time.LocalDate;
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

/** A visit as stored. Never overwritten: a correction is a new visit that supersedes this one. */
@Entity
@Table(name = "visit")
public class Visit extends VersionedRecord {

    @Id
    @Column(name = "id")
    public UUID id;

    @Column(name = "child_id", nullable = false)
    public UUID childId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    public VisitKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "contact_mode", nullable = false)
    public ContactMode contactMode;

    @Column(name = "visited_at", nullable = false)
    public OffsetDateTime visitedAt;

    @Column(name = "visited_on", nullable = false)
    public LocalDate visitedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "visitor_role", nullable = false)
    public VisitorRole visitorRole;

    @Column(name = "visitor_name", nullable = false)
    public String visitorName;

    @Column(name = "visitor_subject", nullable = false)
    public String visitorSubject;

    @Column(name = "visitor_organization_id")
    public UUID visitorOrganizationId;

    @Column(name = "persons_met")
    public String personsMet;

    @Enumerated(EnumType.STRING)
    @Column(name = "living_rating")
    public SituationRating livingRating;

    @Column(name = "living_note")
    public String livingNote;

    @Enumerated(EnumType.STRING)
    @Column(name = "study_rating")
    public SituationRating studyRating;

    @Column(name = "study_note")
    public String studyNote;

    @Enumerated(EnumType.STRING)
    @Column(name = "health_rating")
    public SituationRating healthRating;

    @Column(name = "health_note")
    public String healthNote;

    @Enumerated(EnumType.STRING)
    @Column(name = "safety_rating")
    public SituationRating safetyRating;

    @Column(name = "safety_note")
    public String safetyNote;

    @Enumerated(EnumType.STRING)
    @Column(name = "emotional_rating")
    public SituationRating emotionalRating;

    @Column(name = "emotional_note")
    public String emotionalNote;

    @Column(name = "caregiver_able")
    public Boolean caregiverAble;

    @Column(name = "caregiver_willing")
    public Boolean caregiverWilling;

    @Column(name = "guardianship_note")
    public String guardianshipNote;

    @Column(name = "notes")
    public String notes;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "evidence_references", nullable = false)
    public String[] evidenceReferences = new String[0];

    @Column(name = "supersedes_id")
    public UUID supersedesId;

    @Column(name = "superseded_by")
    public UUID supersededBy;

    @Column(name = "correction_reason")
    public String correctionReason;
}

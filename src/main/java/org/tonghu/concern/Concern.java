package org.tonghu.concern;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.tonghu.persistence.VersionedRecord;

/** A concern as stored. */
@Entity
@Table(name = "concern")
public class Concern extends VersionedRecord {

    @Id
    @Column(name = "id")
    public UUID id;

    @Column(name = "child_id", nullable = false)
    public UUID childId;

    @Column(name = "visit_id")
    public UUID visitId;

    @Column(name = "pairing_contact_id")
    public UUID pairingContactId;

    @Enumerated(EnumType.STRING)
    @Column(name = "category", nullable = false)
    public ConcernCategory category;

    @Enumerated(EnumType.STRING)
    @Column(name = "severity", nullable = false)
    public ConcernSeverity severity;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    public ConcernStatus status;

    @Column(name = "description", nullable = false)
    public String description;

    @Column(name = "raised_on", nullable = false)
    public LocalDate raisedOn;

    @Column(name = "raised_by_name", nullable = false)
    public String raisedByName;

    @Column(name = "raised_by_subject", nullable = false)
    public String raisedBySubject;

    @Column(name = "organization_id")
    public UUID organizationId;

    @Column(name = "action_taken")
    public String actionTaken;

    @Column(name = "referred_to")
    public String referredTo;

    @Column(name = "resolution")
    public String resolution;

    @Column(name = "resolved_on")
    public LocalDate resolvedOn;
}

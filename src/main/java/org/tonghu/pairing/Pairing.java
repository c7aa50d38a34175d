package org.tonghu.pairing;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.tonghu.persistence.VersionedRecord;

/** A pairing as stored. */
@Entity
@Table(name = "pairing")
public class Pairing extends VersionedRecord {

    @Id
    @Column(name = "id")
    public UUID id;

    @Column(name = "organization_id", nullable = false)
    public UUID organizationId;

    @Column(name = "volunteer_id", nullable = false)
    public UUID volunteerId;

    @Column(name = "child_id", nullable = false)
    public UUID childId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    public PairingKind kind;

    @Column(name = "starts_on", nullable = false)
    public LocalDate startsOn;

    @Column(name = "planned_end_on")
    public LocalDate plannedEndOn;

    @Column(name = "goals")
    public String goals;

    @Column(name = "check_in_interval_days", nullable = false)
    public short checkInIntervalDays;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    public PairingStatus status;

    @Column(name = "ended_on")
    public LocalDate endedOn;

    @Column(name = "end_reason")
    public String endReason;
}

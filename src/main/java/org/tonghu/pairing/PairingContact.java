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

/** A check-in of a pairing, as stored. */
@Entity
@Table(name = "pairing_contact")
public class PairingContact extends VersionedRecord {

    @Id
    @Column(name = "id")
    public UUID id;

    @Column(name = "pairing_id", nullable = false)
    public UUID pairingId;

    @Column(name = "contacted_on", nullable = false)
    public LocalDate contactedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "mode", nullable = false)
    public PairingContactMode mode;

    @Column(name = "notes")
    public String notes;

    @Column(name = "recorded_by_name", nullable = false)
    public String recordedByName;

    @Column(name = "recorded_by_subject", nullable = false)
    public String recordedBySubject;
}

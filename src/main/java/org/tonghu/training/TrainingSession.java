package org.tonghu.training;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.tonghu.persistence.VersionedRecord;

/** A training session for directors and supervisors, as stored. */
@Entity
@Table(name = "training_session")
public class TrainingSession extends VersionedRecord {

    @Id
    @Column(name = "id")
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(name = "level", nullable = false)
    public TrainingLevel level;

    @Column(name = "region_code", nullable = false)
    public String regionCode;

    @Column(name = "organizer", nullable = false)
    public String organizer;

    @Column(name = "held_on", nullable = false)
    public LocalDate heldOn;

    @Column(name = "topic", nullable = false)
    public String topic;

    @Column(name = "demonstration", nullable = false)
    public boolean demonstration;
}

package org.tonghu.director;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.tonghu.persistence.VersionedRecord;

/** A director's or supervisor's appointment to a region for a period, as stored; ended ones are kept. */
@Entity
@Table(name = "appointment")
public class Appointment extends VersionedRecord {

    @Id
    @Column(name = "id")
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 10)
    public AppointmentKind kind;

    @Column(name = "person_name", nullable = false, length = 50)
    public String personName;

    @Column(name = "phone", length = 20)
    public String phone;

    @Column(name = "region_code", nullable = false, length = 12)
    public String regionCode;

    @Column(name = "starts_on", nullable = false)
    public LocalDate startsOn;

    @Column(name = "ends_on")
    public LocalDate endsOn;

    boolean isActiveOn(LocalDate day) {
        return !startsOn.isAfter(day) && (endsOn == null || !endsOn.isBefore(day));
    }
}

package org.tonghu.guardian;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.tonghu.persistence.VersionedRecord;

/** A parent, relative or entrusted caregiver, as stored. Links to children live in {@code child_guardian}. */
@Entity
@Table(name = "guardian")
public class Guardian extends VersionedRecord {

    @Id
    @Column(name = "id")
    public UUID id;

    @Column(name = "name", nullable = false, length = 50)
    public String name;

    @Column(name = "phone", length = 20)
    public String phone;

    @Column(name = "workplace", length = 200)
    public String workplace;

    @Column(name = "works_away", nullable = false)
    public boolean worksAway;

    @Enumerated(EnumType.STRING)
    @Column(name = "capacity", nullable = false, length = 10)
    public GuardianshipCapacity capacity;

    @Column(name = "capacity_note", length = 500)
    public String capacityNote;

    @Column(name = "region_code", nullable = false, length = 12)
    public String regionCode;
}

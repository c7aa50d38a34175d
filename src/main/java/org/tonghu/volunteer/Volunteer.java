package org.tonghu.volunteer;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.tonghu.persistence.VersionedRecord;

/** A volunteer of an organization, as stored. */
@Entity
@Table(name = "volunteer")
public class Volunteer extends VersionedRecord {

    @Id
    @Column(name = "id")
    public UUID id;

    @Column(name = "organization_id", nullable = false)
    public UUID organizationId;

    @Column(name = "person_name", nullable = false, length = 50)
    public String personName;

    @Column(name = "phone", length = 20)
    public String phone;

    @Column(name = "skills", length = 300)
    public String skills;

    @Column(name = "active", nullable = false)
    public boolean active;

    @Column(name = "background_check_expires_on")
    public LocalDate backgroundCheckExpiresOn;
}

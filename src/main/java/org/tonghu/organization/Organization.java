package org.tonghu.organization;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.tonghu.persistence.VersionedRecord;

/** An agency or partner organization, as stored. */
@Entity
@Table(name = "organization")
public class Organization extends VersionedRecord {

    @Id
    @Column(name = "id")
    public UUID id;

    @Column(name = "name", nullable = false, length = 200)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 40)
    public OrganizationKind kind;

    @Column(name = "region_code", nullable = false, length = 12)
    public String regionCode;

    @Column(name = "contact_name", length = 50)
    public String contactName;

    @Column(name = "contact_phone", length = 20)
    public String contactPhone;
}

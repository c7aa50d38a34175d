package org.tonghu.care;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.tonghu.persistence.VersionedRecord;

/** A care record as stored. */
@Entity
@Table(name = "care_record")
public class CareRecord extends VersionedRecord {

    @Id
    @Column(name = "id")
    public UUID id;

    @Column(name = "child_id", nullable = false)
    public UUID childId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    public CareKind kind;

    @Column(name = "provider_organization_id")
    public UUID providerOrganizationId;

    @Column(name = "provided_on", nullable = false)
    public LocalDate providedOn;

    @Column(name = "description", nullable = false)
    public String description;

    @Column(name = "recorded_by_name", nullable = false)
    public String recordedByName;

    @Column(name = "recorded_by_subject", nullable = false)
    public String recordedBySubject;

    @Column(name = "recorder_organization_id")
    public UUID recorderOrganizationId;
}

package org.tonghu.protection;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.tonghu.persistence.VersionedRecord;

/** A mandatory report as stored. */
@Entity
@Table(name = "protection_report")
public class ProtectionReport extends VersionedRecord {

    @Id
    @Column(name = "id")
    public UUID id;

    @Column(name = "child_id")
    public UUID childId;

    @Column(name = "child_name")
    public String childName;

    @Column(name = "child_approximate_age")
    public Short childApproximateAge;

    @Column(name = "child_region_code", nullable = false)
    public String childRegionCode;

    @Column(name = "guardian_description")
    public String guardianDescription;

    @Column(name = "county_code", nullable = false)
    public String countyCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "category", nullable = false)
    public ProtectionReportCategory category;

    @Column(name = "observed", nullable = false)
    public String observed;

    @Column(name = "discovered_at", nullable = false)
    public OffsetDateTime discoveredAt;

    @Column(name = "immediate_danger", nullable = false)
    public boolean immediateDanger;

    @Column(name = "action_taken")
    public String actionTaken;

    @Column(name = "reporter_subject", nullable = false)
    public String reporterSubject;

    @Column(name = "reporter_name", nullable = false)
    public String reporterName;

    @Column(name = "reporter_organization_id")
    public UUID reporterOrganizationId;

    @Column(name = "reporter_region_code")
    public String reporterRegionCode;

    @Column(name = "filed_at", nullable = false)
    public OffsetDateTime filedAt;

    @Column(name = "linked_at")
    public OffsetDateTime linkedAt;

    @Column(name = "linked_by_name")
    public String linkedByName;
}

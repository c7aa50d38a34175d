package org.tonghu.activity;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.tonghu.persistence.VersionedRecord;

/** An activity as stored. */
@Entity
@Table(name = "activity")
public class Activity extends VersionedRecord {

    @Id
    @Column(name = "id")
    public UUID id;

    @Column(name = "organization_id", nullable = false)
    public UUID organizationId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    public ActivityKind kind;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "safety_topics", nullable = false)
    public String[] safetyTopics = new String[0];

    @Column(name = "title", nullable = false)
    public String title;

    @Enumerated(EnumType.STRING)
    @Column(name = "place_kind", nullable = false)
    public PlaceKind placeKind;

    @Column(name = "harbor_site_id")
    public UUID harborSiteId;

    @Column(name = "school_organization_id")
    public UUID schoolOrganizationId;

    @Column(name = "region_code", nullable = false)
    public String regionCode;

    @Column(name = "place_note")
    public String placeNote;

    @Column(name = "starts_at", nullable = false)
    public OffsetDateTime startsAt;

    @Column(name = "ends_at", nullable = false)
    public OffsetDateTime endsAt;

    @Column(name = "class_hours", nullable = false)
    public BigDecimal classHours;

    @Column(name = "vice_principal_id")
    public UUID vicePrincipalId;

    @Column(name = "staff_names")
    public String staffNames;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    public ActivityStatus status;

    @Column(name = "report")
    public String report;

    @Column(name = "cancel_reason")
    public String cancelReason;
}

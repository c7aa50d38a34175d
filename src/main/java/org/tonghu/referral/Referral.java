package org.tonghu.referral;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.tonghu.persistence.VersionedRecord;

/** A referral as stored. */
@Entity
@Table(name = "referral")
public class Referral extends VersionedRecord {

    @Id
    @Column(name = "id")
    public UUID id;

    @Column(name = "child_id", nullable = false)
    public UUID childId;

    @Column(name = "from_organization_id")
    public UUID fromOrganizationId;

    @Column(name = "from_region_code")
    public String fromRegionCode;

    @Column(name = "referred_by_name", nullable = false)
    public String referredByName;

    @Column(name = "referred_by_subject", nullable = false)
    public String referredBySubject;

    @Column(name = "to_organization_id", nullable = false)
    public UUID toOrganizationId;

    @Enumerated(EnumType.STRING)
    @Column(name = "need_category", nullable = false)
    public NeedCategory needCategory;

    @Column(name = "need", nullable = false)
    public String need;

    @Enumerated(EnumType.STRING)
    @Column(name = "urgency", nullable = false)
    public ReferralUrgency urgency;

    @Enumerated(EnumType.STRING)
    @Column(name = "consent_basis", nullable = false)
    public ConsentBasis consentBasis;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    public ReferralStatus status;

    @Column(name = "referred_at", nullable = false)
    public OffsetDateTime referredAt;

    @Column(name = "respond_by", nullable = false)
    public OffsetDateTime respondBy;

    @Column(name = "responded_at")
    public OffsetDateTime respondedAt;

    @Column(name = "responded_by_name")
    public String respondedByName;

    @Column(name = "decline_reason")
    public String declineReason;

    @Column(name = "outcome")
    public String outcome;

    @Column(name = "closed_on")
    public LocalDate closedOn;
}

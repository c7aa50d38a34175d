package org.tonghu.datasharing;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.tonghu.persistence.VersionedRecord;

/** A data-sharing agreement of a third-party app as stored. */
@Entity
@Table(name = "data_sharing_agreement")
public class DataSharingAgreement extends VersionedRecord {

    /** Stored status: in force (active within its term), revoked, or expired and replaced. */
    public enum Status {
        IN_FORCE, REVOKED, EXPIRED
    }

    @Id
    @Column(name = "id")
    public UUID id;

    @Column(name = "client_id", nullable = false, updatable = false)
    public String clientId;

    @Column(name = "organization_id", nullable = false)
    public UUID organizationId;

    @Column(name = "purpose", nullable = false)
    public String purpose;

    @Enumerated(EnumType.STRING)
    @Column(name = "legal_basis", nullable = false)
    public LegalBasis legalBasis;

    @Column(name = "region_codes", nullable = false)
    public String regionCodes;

    @Enumerated(EnumType.STRING)
    @Column(name = "field_set", nullable = false)
    public FieldSet fieldSet;

    @Column(name = "operations", nullable = false)
    public String operations;

    @Column(name = "webhook_events", nullable = false)
    public String webhookEvents;

    @Column(name = "starts_on", nullable = false)
    public LocalDate startsOn;

    @Column(name = "expires_on", nullable = false)
    public LocalDate expiresOn;

    @Column(name = "requests_per_minute", nullable = false)
    public int requestsPerMinute;

    @Column(name = "daily_quota", nullable = false)
    public int dailyQuota;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    public Status status;

    @Column(name = "revoked_at")
    public OffsetDateTime revokedAt;

    @Column(name = "revoked_reason")
    public String revokedReason;

    @Column(name = "revoked_by_name")
    public String revokedByName;

    @Column(name = "registered_by_name", nullable = false, updatable = false)
    public String registeredByName;

    @Column(name = "registered_by_subject", nullable = false, updatable = false)
    public String registeredBySubject;

    /** Where the agreement stands on a day. */
    public AgreementState stateOn(LocalDate day) {
        return switch (status) {
            case REVOKED -> AgreementState.REVOKED;
            case EXPIRED -> AgreementState.EXPIRED;
            case IN_FORCE -> day.isBefore(startsOn) ? AgreementState.NOT_YET_STARTED
                    : day.isAfter(expiresOn) ? AgreementState.EXPIRED : AgreementState.ACTIVE;
        };
    }

    static List<String> split(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
    }

    List<String> regionCodeList() {
        return split(regionCodes);
    }

    List<String> operationList() {
        return split(operations);
    }

    List<String> webhookEventList() {
        return split(webhookEvents);
    }
}

package org.tonghu.activity;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.tonghu.persistence.VersionedRecord;

/** A rule-of-law vice-principal's appointment at a school, as stored. */
@Entity
@Table(name = "rule_of_law_vice_principal")
public class RuleOfLawVicePrincipal extends VersionedRecord {

    @Id
    @Column(name = "id")
    public UUID id;

    @Column(name = "school_organization_id", nullable = false)
    public UUID schoolOrganizationId;

    @Column(name = "person_name", nullable = false)
    public String personName;

    @Column(name = "starts_on", nullable = false)
    public LocalDate startsOn;

    @Column(name = "ends_on")
    public LocalDate endsOn;
}

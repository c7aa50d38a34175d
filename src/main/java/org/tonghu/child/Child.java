package org.tonghu.child;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import org.tonghu.persistence.VersionedRecord;

/**
 * A child's basic information, as stored. Read paths never touch the lazy collections one child at a time: they load
 * categories and risk factors for a whole page at once (see ChildStore).
 */
@Entity
@Table(name = "child")
public class Child extends VersionedRecord {

    @Id
    @Column(name = "id")
    public UUID id;

    @Column(name = "name", nullable = false, length = 50)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "gender", nullable = false, length = 10)
    public Gender gender;

    @Column(name = "birth_date", nullable = false)
    public LocalDate birthDate;

    @Column(name = "id_number", length = 18)
    public String idNumber;

    @Column(name = "household_region_code", length = 12)
    public String householdRegionCode;

    @Column(name = "residence_village_code", nullable = false, length = 12)
    public String residenceVillageCode;

    @Column(name = "disability_kind", length = 30)
    public String disabilityKind;

    @Column(name = "disability_grade")
    public Short disabilityGrade;

    @Enumerated(EnumType.STRING)
    @Column(name = "risk_level", nullable = false, length = 10)
    public RiskLevel riskLevel;

    @Column(name = "school_name", length = 100)
    public String schoolName;

    @Column(name = "school_grade", length = 20)
    public String schoolGrade;

    @Enumerated(EnumType.STRING)
    @Column(name = "school_status", nullable = false, length = 20)
    public SchoolStatus schoolStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    public ChildStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "closed_reason", length = 30)
    public ClosedReason closedReason;

    @Column(name = "closed_on")
    public LocalDate closedOn;

    @Column(name = "registered_on", nullable = false)
    public LocalDate registeredOn;

    @ElementCollection
    @CollectionTable(name = "child_category", joinColumns = @JoinColumn(name = "child_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "category", length = 30)
    public Set<ChildCategory> categories = EnumSet.noneOf(ChildCategory.class);

    @ElementCollection
    @CollectionTable(name = "child_risk_factor", joinColumns = @JoinColumn(name = "child_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "risk_factor", length = 40)
    public Set<RiskFactor> riskFactors = EnumSet.noneOf(RiskFactor.class);
}

package org.tonghu.schedule;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.tonghu.child.RiskLevel;
import org.tonghu.persistence.VersionedRecord;

/** How often a child of a risk level is due a contact and a home visit, in months (calendar periods). */
@Entity
@Table(name = "visit_policy")
public class VisitPolicy extends VersionedRecord {

    @Id
    @Enumerated(EnumType.STRING)
    @Column(name = "risk_level")
    public RiskLevel riskLevel;

    @Column(name = "contact_interval_months", nullable = false)
    public short contactIntervalMonths;

    @Column(name = "home_visit_interval_months", nullable = false)
    public short homeVisitIntervalMonths;
}

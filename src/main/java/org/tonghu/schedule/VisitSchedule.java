package org.tonghu.schedule;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** A child's schedule as the database keeps it (derived data, written only by refresh_visit_schedule). */
@Entity
@Immutable
@Table(name = "visit_schedule")
public class VisitSchedule {

    @Id
    @Column(name = "child_id")
    public UUID childId;

    @Column(name = "contact_interval_months")
    public short contactIntervalMonths;

    @Column(name = "home_visit_interval_months")
    public short homeVisitIntervalMonths;

    @Column(name = "last_contact_on")
    public LocalDate lastContactOn;

    @Column(name = "last_home_visit_on")
    public LocalDate lastHomeVisitOn;

    @Column(name = "contact_due_on")
    public LocalDate contactDueOn;

    @Column(name = "home_visit_due_on")
    public LocalDate homeVisitDueOn;

    @Column(name = "next_due_on")
    public LocalDate nextDueOn;
}

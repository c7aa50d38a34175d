package org.tonghu.progressreport;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.tonghu.persistence.VersionedRecord;

/** A year's deadlines as the province set them. */
@Entity
@Table(name = "progress_report_deadline")
public class ProgressReportDeadline extends VersionedRecord {

    @Id
    @Column(name = "year")
    public int year;

    @Column(name = "county_due", nullable = false)
    public LocalDate countyDue;

    @Column(name = "city_due", nullable = false)
    public LocalDate cityDue;

    @Column(name = "changed_by_name", nullable = false)
    public String changedByName;
}

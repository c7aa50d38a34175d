package org.tonghu.progressreport;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.tonghu.persistence.VersionedRecord;

/** An annual progress report of a county or city as stored. */
@Entity
@Table(name = "progress_report")
public class ProgressReport extends VersionedRecord {

    @Id
    @Column(name = "id")
    public UUID id;

    @Column(name = "region_code", nullable = false)
    public String regionCode;

    @Column(name = "year", nullable = false)
    public int year;

    /** COUNTY or CITY. */
    @Column(name = "level", nullable = false)
    public String level;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    public ProgressReportStatus status;

    @Column(name = "progress")
    public String progress;

    @Column(name = "problems")
    public String problems;

    @Column(name = "next_steps")
    public String nextSteps;

    @Column(name = "plans")
    public String plans;

    @Column(name = "submissions", nullable = false)
    public int submissions;

    @Column(name = "first_submitted_at")
    public OffsetDateTime firstSubmittedAt;

    @Column(name = "created_by_name", nullable = false)
    public String createdByName;
}

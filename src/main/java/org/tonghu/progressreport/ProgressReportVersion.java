package org.tonghu.progressreport;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A submission of a progress report as stored: the narrative as submitted and the reviewer's answer. */
@Entity
@Table(name = "progress_report_version")
public class ProgressReportVersion {

    @Id
    @Column(name = "id")
    public UUID id;

    @Column(name = "report_id", nullable = false)
    public UUID reportId;

    @Column(name = "number", nullable = false)
    public int number;

    @Column(name = "progress")
    public String progress;

    @Column(name = "problems")
    public String problems;

    @Column(name = "next_steps")
    public String nextSteps;

    @Column(name = "plans")
    public String plans;

    @Column(name = "submitted_at", nullable = false)
    public OffsetDateTime submittedAt;

    @Column(name = "submitted_by_name", nullable = false)
    public String submittedByName;

    /** RETURNED or ACCEPTED once reviewed. */
    @Column(name = "outcome")
    public String outcome;

    @Column(name = "comments")
    public String comments;

    @Column(name = "reviewed_at")
    public OffsetDateTime reviewedAt;

    @Column(name = "reviewed_by_name")
    public String reviewedByName;
}

package org.tonghu.placement;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A periodic review of a placement as stored; never changed once written. */
@Entity
@Table(name = "placement_review")
public class PlacementReview {

    @Id
    @Column(name = "id")
    public UUID id;

    @Column(name = "placement_id", nullable = false)
    public UUID placementId;

    @Column(name = "reviewed_on", nullable = false)
    public LocalDate reviewedOn;

    @Column(name = "finding", nullable = false)
    public String finding;

    @Column(name = "next_review_on", nullable = false)
    public LocalDate nextReviewOn;

    @Column(name = "reviewed_by_name", nullable = false)
    public String reviewedByName;

    @Column(name = "reviewed_by_subject", nullable = false)
    public String reviewedBySubject;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;
}

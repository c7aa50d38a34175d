package org.tonghu.goodpractice;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.tonghu.persistence.VersionedRecord;

/** A good-practice case as stored (its organizations, results and photos are rows of their own tables). */
@Entity
@Table(name = "good_practice_case")
public class GoodPracticeCase extends VersionedRecord {

    @Id
    @Column(name = "id")
    public UUID id;

    @Column(name = "year", nullable = false)
    public short year;

    @Column(name = "title", nullable = false)
    public String title;

    @Column(name = "region_code", nullable = false)
    public String regionCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "plan_action", nullable = false)
    public PlanAction planAction;

    @Column(name = "summary", nullable = false)
    public String summary;

    @Column(name = "story", nullable = false)
    public String story;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false)
    public GoodPracticeState state;

    @Column(name = "owner_organization_id")
    public UUID ownerOrganizationId;

    @Column(name = "owner_region_code")
    public String ownerRegionCode;

    @Column(name = "drafted_by_name", nullable = false)
    public String draftedByName;

    @Column(name = "drafted_by_subject", nullable = false)
    public String draftedBySubject;

    @Column(name = "submitted_at")
    public OffsetDateTime submittedAt;

    @Column(name = "recommended_at")
    public OffsetDateTime recommendedAt;

    @Column(name = "recommended_by_name")
    public String recommendedByName;

    @Column(name = "recommendation_comment")
    public String recommendationComment;

    @Column(name = "score")
    public Short score;

    @Column(name = "review_comment")
    public String reviewComment;

    @Column(name = "reviewed_by_name")
    public String reviewedByName;

    @Column(name = "returned_at")
    public OffsetDateTime returnedAt;

    @Column(name = "return_comment")
    public String returnComment;

    @Column(name = "returned_by_name")
    public String returnedByName;

    @Column(name = "published_at")
    public OffsetDateTime publishedAt;
}

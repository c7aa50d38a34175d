package org.tonghu.spotcheck;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.tonghu.persistence.VersionedRecord;

/** A drawn file as stored: the child, where, its rank in the township's draw, the pre-filled items and the score. */
@Entity
@Table(name = "spot_check_file")
public class SpotCheckFile extends VersionedRecord {

    @Id
    @Column(name = "id")
    public UUID id;

    @Column(name = "spot_check_id", nullable = false)
    public UUID spotCheckId;

    @Column(name = "child_id", nullable = false)
    public UUID childId;

    @Column(name = "township_code", nullable = false)
    public String townshipCode;

    @Column(name = "village_code", nullable = false)
    public String villageCode;

    @Column(name = "draw_rank", nullable = false)
    public int drawRank;

    @Column(name = "guardians_recorded", nullable = false)
    public boolean guardiansRecorded;

    @Column(name = "visits_on_schedule", nullable = false)
    public boolean visitsOnSchedule;

    @Column(name = "concerns_followed_up", nullable = false)
    public boolean concernsFollowedUp;

    @Column(name = "score")
    public Integer score;

    @Column(name = "passed")
    public Boolean passed;

    @Column(name = "scored_by_name")
    public String scoredByName;

    @Column(name = "scored_at")
    public OffsetDateTime scoredAt;

    /** What the data said of a pre-filled item; null for an item the checker scores. */
    Boolean prefilled(SpotCheckItem item) {
        return switch (item) {
            case GUARDIANS_RECORDED -> guardiansRecorded;
            case VISITS_ON_SCHEDULE -> visitsOnSchedule;
            case CONCERNS_FOLLOWED_UP -> concernsFollowedUp;
            default -> null;
        };
    }
}

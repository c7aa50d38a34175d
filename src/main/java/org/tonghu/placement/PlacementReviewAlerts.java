package org.tonghu.placement;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.tonghu.notification.Addressee;
import org.tonghu.notification.DeadlineAlertSource;
import org.tonghu.notification.Notice;
import org.tonghu.notification.NotificationKind;
import org.tonghu.security.Roles;
import org.tonghu.time.ChinaTime;

/**
 * The alerts of placement reviews: a review comes near {@code tonghu.placement.review-near} before the start of its day
 * (China time). For each open placement whose review comes near in an interval, one notice to the county
 * civil-affairs officers of the child's county and one to the directors of the child's village, the occasion naming
 * the review's date (a review moved to another date alerts again; the same date never twice). A placement recorded or
 * reviewed with a review already near is alerted by {@link PlacementService} in that transaction, with the same
 * occasion, since the job has looked past that moment.
 */
@ApplicationScoped
class PlacementReviewAlerts implements DeadlineAlertSource {

    static final String NAME = "placement-review";
    /** What the alerts about a placement name as their subject. */
    static final String SUBJECT_TYPE = "PLACEMENT";

    private final PlacementStore store;
    private final PlacementConfig config;

    PlacementReviewAlerts(PlacementStore store, PlacementConfig config) {
        this.store = store;
        this.config = config;
    }

    @Override
    public String name() {
        return NAME;
    }

    /**
     * The reviews whose day starts in {@code (from + near, to + near]}: a day starts after a moment exactly when the
     * day is after the moment's date, and at or before a moment exactly when it is on or before the moment's date.
     */
    @Override
    public List<Notice> noticesBetween(OffsetDateTime from, OffsetDateTime to) {
        Duration near = config.reviewNear();
        LocalDate after = from.plus(near).atZoneSameInstant(ChinaTime.ZONE).toLocalDate();
        LocalDate upTo = to.plus(near).atZoneSameInstant(ChinaTime.ZONE).toLocalDate();
        List<Notice> notices = new ArrayList<>();
        if (!upTo.isAfter(after)) {
            return notices;
        }
        for (PlacementStore.ReviewComing review : store.reviewsComing(after, upTo)) {
            notices.addAll(notices(review.placementId(), review.nextReviewOn(), review.villageCode()));
        }
        return notices;
    }

    /** The notices of one review: to the officers of the child's county and the directors of the child's village. */
    static List<Notice> notices(UUID placementId, LocalDate reviewOn, String villageCode) {
        OffsetDateTime due = reviewOn.atStartOfDay(ChinaTime.ZONE).toOffsetDateTime();
        String occasion = "review:" + reviewOn;
        return List.of(new Notice(NotificationKind.PLACEMENT_REVIEW_DUE, SUBJECT_TYPE, placementId,
                Addressee.roleInRegion(Roles.COUNTY_OFFICER, PlacementService.countyOf(villageCode)), occasion, due),
                new Notice(NotificationKind.PLACEMENT_REVIEW_DUE, SUBJECT_TYPE, placementId,
                        Addressee.roleInRegion(Roles.VILLAGE_DIRECTOR, villageCode), occasion, due));
    }

    /** When a review of this date comes near: the start of its day in China, less the alert window. */
    static OffsetDateTime nearAt(LocalDate reviewOn, Duration near) {
        return reviewOn.atStartOfDay(ChinaTime.ZONE).toOffsetDateTime().minus(near);
    }
}

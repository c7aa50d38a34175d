package org.tonghu.placement;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

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
 * the review's date (a review moved to another date alerts again; the same date never twice).
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
            OffsetDateTime due = review.nextReviewOn().atStartOfDay(ChinaTime.ZONE).toOffsetDateTime();
            String occasion = "review:" + review.nextReviewOn();
            notices.add(new Notice(NotificationKind.PLACEMENT_REVIEW_DUE, SUBJECT_TYPE, review.placementId(),
                    Addressee.roleInRegion(Roles.COUNTY_OFFICER, PlacementService.countyOf(review.villageCode())),
                    occasion, due));
            notices.add(new Notice(NotificationKind.PLACEMENT_REVIEW_DUE, SUBJECT_TYPE, review.placementId(),
                    Addressee.roleInRegion(Roles.VILLAGE_DIRECTOR, review.villageCode()), occasion, due));
        }
        return notices;
    }
}

package org.tonghu.spotcheck;

import org.eclipse.microprofile.graphql.Description;

/** An item of the spot check's checklist: the first three the data answers (pre-filled), the others the checker. */
@Description("An item of a file spot check's checklist (抽查). GUARDIANS_RECORDED, VISITS_ON_SCHEDULE and "
        + "CONCERNS_FOLLOWED_UP are pre-filled from the data when the file is drawn; the others are scored by the "
        + "checker.")
public enum SpotCheckItem {
    @Description("At least one guardian is recorded on the file (pre-filled).")
    GUARDIANS_RECORDED(true),
    @Description("Neither the monthly contact nor the home visit is overdue under the visit policy (pre-filled).")
    VISITS_ON_SCHEDULE(true),
    @Description("No concern was left OPEN without any follow-up for longer than "
            + "tonghu.spotcheck.concern-follow-up-days (pre-filled).")
    CONCERNS_FOLLOWED_UP(true),
    @Description("A care plan (帮扶计划) is in the file: scored by the checker (Tonghu keeps no care plans as data).")
    CARE_PLAN_PRESENT(false),
    @Description("The file's basic information matches the child's situation (scored by the checker).")
    INFORMATION_ACCURATE(false),
    @Description("The visit records and forms are signed (scored by the checker).")
    SIGNATURES_PRESENT(false),
    @Description("The file has the photos it needs (scored by the checker).")
    PHOTOS_PRESENT(false);

    private final boolean fromData;

    SpotCheckItem(boolean fromData) {
        this.fromData = fromData;
    }

    /** Whether the data answers this item (pre-filled when the file is drawn). */
    public boolean fromData() {
        return fromData;
    }
}

package org.tonghu.portal.dashboard;

import java.util.List;

/**
 * What the partners did in a region and period, counted by region one level down: pairings active at the period's
 * end and their check-ins in the period, events held and their attendance, rehabilitation services started,
 * referrals made. Counts only.
 */
public record PartnerTotals(Row total, List<Row> byRegion) {

    /** One region's counts. */
    public record Row(String regionCode, String regionName, int pairings, int checkIns, int events, int attendance,
            int rehabilitation, int referrals) {
    }
}

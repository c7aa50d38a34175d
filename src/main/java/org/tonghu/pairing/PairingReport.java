package org.tonghu.pairing;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** An organization's pairings at a glance. */
@Type("PairingReport")
@Description("Your organization's pairings at a glance.")
public record PairingReport(
        @NonNull @Description("Active pairings.") int activePairings,
        @NonNull @Description("Active pairings with no check-in overdue.") int checkInsOnTime,
        @NonNull @Description("Active pairings with a check-in overdue.") int checkInsOverdue,
        @NonNull @Description("Active pairings by the county the child lives in.")
        List<@NonNull PairingRegionRow> byRegion,
        @NonNull @Description("Active volunteers whose background check has expired or expires within the days asked.")
        List<@NonNull VolunteerCheckRow> volunteersWithExpiringChecks) {
}

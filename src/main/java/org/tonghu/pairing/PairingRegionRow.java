package org.tonghu.pairing;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** An organization's active pairings in one county. */
@Type("PairingRegionRow")
@Description("An organization's active pairings in one county.")
public record PairingRegionRow(
        @NonNull @Description("The county's code.") String regionCode,
        @NonNull @Description("The county's name.") String regionName,
        @NonNull @Description("Active pairings with children of the county.") int activePairings,
        @NonNull @Description("Of them, those with a check-in overdue.") int checkInsOverdue) {
}

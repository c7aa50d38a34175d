package org.tonghu.pairing;

import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** An organization's active pairings in one county. */
@Type("PairingRegionRow")
public record PairingRegionRow(@NonNull String regionCode, @NonNull String regionName, @NonNull int activePairings,
        @NonNull int checkInsOverdue) {
}

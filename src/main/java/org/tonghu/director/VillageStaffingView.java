package org.tonghu.director;

import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** One village's directors against its children. */
@Type("VillageStaffing")
public record VillageStaffingView(@NonNull String villageCode, @NonNull String villageName,
        @NonNull int activeChildren, @NonNull int directors, StaffingGap gap) {
}

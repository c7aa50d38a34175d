package org.tonghu.director;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** One village's directors against its children. */
@Type("VillageStaffing")
@Description("One village's directors against its children.")
public record VillageStaffingView(
        @NonNull @Description("The village's region code.") String villageCode,
        @NonNull @Description("The village's name.") String villageName,
        @NonNull @Description("Active children living in the village.") int activeChildren,
        @NonNull @Description("Active directors of the village.") int directors,
        @Description("What the village lacks; null when staffed.") StaffingGap gap) {
}

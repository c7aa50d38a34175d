package org.tonghu.director;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** Director staffing of the villages of one region. */
@Type("StaffingRow")
@Description("Director staffing of the villages of one region.")
public record StaffingRow(
        @NonNull @Description("The region's code.") String regionCode,
        @NonNull @Description("The region's name.") String regionName,
        @NonNull @Description("How many villages the region has.") int villages,
        @NonNull @Description("Villages with no active director.") int villagesWithoutDirector,
        @NonNull @Description("Villages with one director for more children than the policy allows.")
        int villagesNeedingMoreDirectors) {
}

package org.tonghu.director;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** Director staffing of a region and of each region one level down. */
@Type("StaffingReport")
@Description("Villages without a director, and villages with more than 30 children in care that have only one "
        + "(policy §21), as of today. List them with villageStaffing.")
public record StaffingReport(
        @NonNull @Description("The whole region.") StaffingRow total,
        @NonNull @Description("One row per region one level down.") List<@NonNull StaffingRow> byRegion) {
}

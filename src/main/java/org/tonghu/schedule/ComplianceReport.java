package org.tonghu.schedule;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** Visit compliance of a region for a period, and of each region one level down. */
@Type("ComplianceReport")
@Description("Whether children's contacts and home visits were on time, judged at the end of the period (today for "
        + "a period in progress) under the visit policy.")
public record ComplianceReport(
        @NonNull LocalDate periodStart,
        @NonNull LocalDate periodEnd,
        @NonNull @Description("The last day whose visits count: the period's end, or today.") LocalDate countedThrough,
        @NonNull @Description("The whole region.") ComplianceRow total,
        @NonNull @Description("One row per region one level down, zero rows included.")
        List<@NonNull ComplianceRow> byRegion) {
}

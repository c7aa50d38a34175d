package org.tonghu.progressreport;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** The progress reports of a year that a county, city or province officer deals with. */
@Type("ProgressReportOverview")
@Description("The progress reports of a year that a county, city or province officer deals with.")
public record ProgressReportOverview(
        @NonNull @Description("The year reported on.") int year,
        @NonNull LocalDate countyDue,
        @NonNull LocalDate cityDue,
        @Description("The caller's own region's report (counties and cities; none for the province).")
        ProgressReportRow own,
        @NonNull @Description("The reports of the regions one level down that report to the caller (a city's "
                + "counties, the province's cities); for the province also every county, in byCounty.")
        List<@NonNull ProgressReportRow> below,
        @NonNull @Description("For the province, every county's report, in code order; empty for others.")
        List<@NonNull ProgressReportRow> byCounty) {
}

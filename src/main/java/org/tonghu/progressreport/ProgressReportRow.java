package org.tonghu.progressreport;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** Where a region's progress report of a year stands, for the level above. */
@Type("ProgressReportRow")
@Description("Where a region's progress report of a year stands, for the level above.")
public record ProgressReportRow(
        @NonNull @Description("The county or city.") String regionCode,
        @NonNull @Description("The name of that region.") String regionName,
        @Id @Description("The report, if the region started one.") String reportId,
        @Description("Null when the region has no report yet.") ProgressReportStatus status,
        @NonNull LocalDate due,
        OffsetDateTime firstSubmittedAt,
        @NonNull @Description("First submitted after the deadline.") boolean late,
        @NonNull @Description("Not submitted and the deadline has passed.") boolean missing) {
}

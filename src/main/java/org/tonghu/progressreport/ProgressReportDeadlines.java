package org.tonghu.progressreport;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** The deadlines of a year's progress reports. */
@Type("ProgressReportDeadlines")
@Description("The deadlines of a year's progress reports: counties to their city, cities to the province.")
public record ProgressReportDeadlines(
        @NonNull @Description("The year reported on.") int year,
        @NonNull LocalDate countyDue,
        @NonNull LocalDate cityDue,
        @NonNull @Description("Whether the province set them (otherwise the configured defaults).") boolean set,
        @Description("The version to pass as expectedVersion when changing them again; null when not set.")
        Integer version) {
}

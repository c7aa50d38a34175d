package org.tonghu.progressreport;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** An annual progress report as the graph shows it. */
@Type("ProgressReport")
@Description("An annual progress report (年度工作进展情况) of a county (to its city) or a city (to the province).")
public record ProgressReportView(
        @NonNull @Description("The report's ID.") @Id String id,
        @NonNull @Description("The county or city reporting.") String regionCode,
        @NonNull @Description("The name of that region.") String regionName,
        @NonNull @Description("The year reported on.") int year,
        @NonNull @Description("COUNTY (reports to its city) or CITY (reports to the province).") String level,
        @NonNull @Description("Where the report stands.") ProgressReportStatus status,
        @NonNull @Description("The narrative as saved now.") ProgressNarrative narrative,
        @NonNull @Description("A draft's figures compiled from the data now; otherwise the latest version's, frozen "
                + "at its submission.") List<@NonNull ProgressFigureView> figures,
        @NonNull @Description("The submissions, the first first; none for a draft never submitted.")
        List<@NonNull ProgressReportVersionView> versions,
        @NonNull LocalDate due,
        OffsetDateTime firstSubmittedAt,
        @NonNull @Description("Submitted after its deadline, or not submitted and the deadline passed.") boolean late,
        @NonNull @Description("Who started the report.") String createdByName,
        @NonNull @Description("The version to pass as expectedVersion to change it.") int version) {
}

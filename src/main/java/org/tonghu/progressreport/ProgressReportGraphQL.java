package org.tonghu.progressreport;

import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.tonghu.graphql.ConflictException;
import org.tonghu.idempotency.Idempotent;
import org.tonghu.security.Roles;

/** Annual progress reports: translates between GraphQL and {@link ProgressReportService}. */
@GraphQLApi
@RolesAllowed({ Roles.PROVINCE_OFFICER, Roles.CITY_OFFICER, Roles.COUNTY_OFFICER })
public class ProgressReportGraphQL {

    private final ProgressReportService reports;

    ProgressReportGraphQL(ProgressReportService reports) {
        this.reports = reports;
    }

    @Query("progressReport")
    @Description("An annual progress report (年度工作进展情况) of your region or of one below it: a draft's figures "
            + "compiled from the data now, a submitted one's frozen at its latest submission, every version kept.")
    public @NonNull ProgressReportView progressReport(
            @Name("id") @Description("The report's ID.") @NonNull @Id String id) {
        return reports.findReport(id);
    }

    @Query("progressReports")
    @Description("The progress reports of a year you deal with: your own region's (counties, cities), those of the "
            + "regions reporting to you, and for the province every county's, each with its deadline and whether it "
            + "is late or missing.")
    public @NonNull ProgressReportOverview progressReports(
            @Name("year") @Description("The year reported on.") @NonNull int year) {
        return reports.overview(year);
    }

    @Query("progressReportsLateOrMissing")
    @Description("The reports of a year below you that were submitted after their deadline, or are missing after it.")
    public @NonNull List<@NonNull ProgressReportRow> progressReportsLateOrMissing(
            @Name("year") @Description("The year reported on.") @NonNull int year) {
        return reports.listLateOrMissing(year);
    }

    @Query("progressReportDeadlines")
    @Description("The deadlines of a year's progress reports (counties to their city, cities to the province).")
    public @NonNull ProgressReportDeadlines progressReportDeadlines(
            @Name("year") @Description("The year reported on.") @NonNull int year) {
        return reports.findDeadlines(year);
    }

    @Mutation("createProgressReport")
    @Idempotent
    @RolesAllowed({ Roles.CITY_OFFICER, Roles.COUNTY_OFFICER })
    @Description("Starts your county's or city's progress report of a year (2000 to this one): a draft. One "
            + "report per region and year (PROGRESS_REPORT_EXISTS).")
    public @NonNull ProgressReportView createProgressReport(
            @Name("year") @Description("The year reported on: 2000 to this year (YEAR_INVALID).") @NonNull int year) {
        return reports.createReport(year);
    }

    @Mutation("updateProgressReport")
    @RolesAllowed({ Roles.CITY_OFFICER, Roles.COUNTY_OFFICER })
    @Description("Saves the narrative of your draft or returned report (each section replaced; null clears it). A "
            + "stale expectedVersion gets CONFLICT and changes nothing.")
    public @NonNull ProgressReportView updateProgressReport(
            @Name("id") @Description("The report's ID.") @NonNull @Id String id,
            @Name("expectedVersion") @Description(ConflictException.EXPECTED_VERSION) @NonNull int expectedVersion,
            @Name("input") @Description("The narrative sections; each replaces the saved one, null clears it.")
            @NonNull ProgressNarrative input) {
        return reports.updateNarrative(id, expectedVersion, input);
    }

    @Mutation("submitProgressReport")
    @RolesAllowed({ Roles.CITY_OFFICER, Roles.COUNTY_OFFICER })
    @Description("Submits your draft or returned report to the level above; its narrative and figures are frozen in "
            + "a new version. A city's figures are its submitted or accepted counties' summed.")
    public @NonNull ProgressReportView submitProgressReport(
            @Name("id") @Description("The report's ID.") @NonNull @Id String id,
            @Name("expectedVersion") @Description(ConflictException.EXPECTED_VERSION) @NonNull int expectedVersion) {
        return reports.submitReport(id, expectedVersion);
    }

    @Mutation("returnProgressReport")
    @RolesAllowed({ Roles.PROVINCE_OFFICER, Roles.CITY_OFFICER })
    @Description("Returns a submitted report of a region reporting to you (a city's county, the province's city) "
            + "with comments, for revision.")
    public @NonNull ProgressReportView returnProgressReport(
            @Name("id") @Description("The report's ID.") @NonNull @Id String id,
            @Name("expectedVersion") @Description(ConflictException.EXPECTED_VERSION) @NonNull int expectedVersion,
            @Name("comments") @Description("What to revise (required); line breaks become spaces.") @NonNull
            String comments) {
        return reports.returnReport(id, expectedVersion, comments);
    }

    @Mutation("acceptProgressReport")
    @RolesAllowed({ Roles.PROVINCE_OFFICER, Roles.CITY_OFFICER })
    @Description("Accepts a submitted report of a region reporting to you; comments are optional.")
    public @NonNull ProgressReportView acceptProgressReport(
            @Name("id") @Description("The report's ID.") @NonNull @Id String id,
            @Name("expectedVersion") @Description(ConflictException.EXPECTED_VERSION) @NonNull int expectedVersion,
            @Name("comments") @Description("Optional comments; line breaks become spaces.") String comments) {
        return reports.acceptReport(id, expectedVersion, comments);
    }

    @Mutation("setProgressReportDeadlines")
    @RolesAllowed(Roles.PROVINCE_OFFICER)
    @Description("Sets a year's deadlines (province officers). expectedVersion: omitted the first time, the version "
            + "read otherwise (CONFLICT when stale).")
    public @NonNull ProgressReportDeadlines setProgressReportDeadlines(
            @Name("year") @Description("The year reported on.") @NonNull int year,
            @Name("countyDue") @NonNull LocalDate countyDue, @Name("cityDue") @NonNull LocalDate cityDue,
            @Name("expectedVersion") @Description("Omit it the first time; otherwise the version field as you last "
            + "read it (CONFLICT when stale, changing nothing).") Integer expectedVersion) {
        return reports.setDeadlines(year, countyDue, cityDue, expectedVersion);
    }
}

package org.tonghu.director;

import jakarta.annotation.security.RolesAllowed;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.tonghu.graphql.PageRequest;
import org.tonghu.security.Roles;

/** Directors' staffing and caseload reports: translates between GraphQL and {@link DirectorReportService}. */
@GraphQLApi
@RolesAllowed({ Roles.PROVINCE_OFFICER, Roles.CITY_OFFICER, Roles.COUNTY_OFFICER, Roles.TOWNSHIP_SUPERVISOR })
public class DirectorReportGraphQL {

    private final DirectorReportService reports;

    DirectorReportGraphQL(DirectorReportService reports) {
        this.reports = reports;
    }

    @Query("directorStaffing")
    @Description("Villages without a director and villages needing more, for a region in your jurisdiction.")
    public @NonNull StaffingReport directorStaffing(
            @Name("regionCode") @Description("A region in your jurisdiction.") @NonNull String regionCode) {
        return reports.directorStaffing(regionCode);
    }

    @Query("villageStaffing")
    @Description("A page of villages under a region in your jurisdiction with their children and directors; by "
            + "default only those with a staffing gap.")
    public @NonNull VillageStaffingConnection villageStaffing(
            @Name("regionCode") @Description("A region in your jurisdiction.") @NonNull String regionCode,
            @Name("onlyGaps") @Description("Only villages with a staffing gap (default); false lists all.")
            @DefaultValue("true") boolean onlyGaps,
            @Name("first") @Description(PageRequest.FIRST_DESCRIPTION) Integer first,
            @Name("after") @Description(PageRequest.AFTER_DESCRIPTION) String after) {
        return reports.villageStaffing(regionCode, onlyGaps, first, after);
    }

    @Query("directorCaseloads")
    @Description("A page of the active directors under a region in your jurisdiction with their caseloads.")
    public @NonNull DirectorCaseloadConnection directorCaseloads(
            @Name("regionCode") @Description("A region in your jurisdiction.") @NonNull String regionCode,
            @Name("first") @Description(PageRequest.FIRST_DESCRIPTION) Integer first,
            @Name("after") @Description(PageRequest.AFTER_DESCRIPTION) String after) {
        return reports.directorCaseloads(regionCode, first, after);
    }
}

package org.tonghu.schedule;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.tonghu.child.ChildView;
import org.tonghu.child.RiskLevel;
import org.tonghu.graphql.ConflictException;
import org.tonghu.graphql.PageRequest;
import org.tonghu.security.Roles;

/** The visit schedule, work lists and compliance: translates between GraphQL and the schedule services. */
@GraphQLApi
@RolesAllowed({ Roles.PROVINCE_OFFICER, Roles.CITY_OFFICER, Roles.COUNTY_OFFICER, Roles.TOWNSHIP_SUPERVISOR,
        Roles.VILLAGE_DIRECTOR })
public class ScheduleGraphQL {

    private final ScheduleService schedules;
    private final ComplianceService compliance;

    ScheduleGraphQL(ScheduleService schedules, ComplianceService compliance) {
        this.schedules = schedules;
        this.compliance = compliance;
    }

    @Query("visitPolicies")
    @Description("The visit policy of each risk level.")
    public @NonNull List<@NonNull VisitPolicyView> visitPolicies() {
        return schedules.listVisitPolicies();
    }

    @Mutation("updateVisitPolicy")
    @Description("Changes how often children of a risk level are due a contact and a home visit (province officers). "
            + "Every child's schedule is recomputed at once.")
    @RolesAllowed(Roles.PROVINCE_OFFICER)
    public @NonNull VisitPolicyView updateVisitPolicy(
            @Name("riskLevel") @Description("The risk level whose policy changes.") @NonNull RiskLevel riskLevel,
            @Name("expectedVersion") @NonNull @Description(ConflictException.EXPECTED_VERSION) int expectedVersion,
            @Name("contactIntervalMonths") @Description("1, 2, 3, 4, 6 or 12 months.")
            @NonNull int contactIntervalMonths,
            @Name("homeVisitIntervalMonths") @Description("1, 2, 3, 4, 6 or 12 months.")
            @NonNull int homeVisitIntervalMonths) {
        return schedules.updateVisitPolicy(riskLevel, expectedVersion, contactIntervalMonths, homeVisitIntervalMonths);
    }

    @Query("myWorkList")
    @Description("The active children of your jurisdiction (a director's villages, a supervisor's township, an "
            + "officer's county), most urgent first: overdue, then due soon. regionCode narrows it; dueWithinDays "
            + "keeps only the children due within so many days (0: overdue or due today).")
    public @NonNull WorkListConnection myWorkList(
            @Name("regionCode") @Description("Only children under this region of your jurisdiction.") String regionCode,
            @Name("dueWithinDays") @Description("Only children due within so many days, 0 to 366 (0: overdue or "
            + "due today).") Integer dueWithinDays,
            @Name("first") @Description(PageRequest.FIRST_DESCRIPTION) Integer first,
            @Name("after") @Description(PageRequest.AFTER_DESCRIPTION) String after) {
        return schedules.workList(regionCode, dueWithinDays, first, after);
    }

    @Query("visitCompliance")
    @Description("Visit compliance of a region in your jurisdiction for a month, quarter or year, with a row for "
            + "each region one level down.")
    public @NonNull ComplianceReport visitCompliance(
            @Name("regionCode") @Description("A region in your jurisdiction.") @NonNull String regionCode,
            @Name("period") @Description("The month, quarter or year.") @NonNull ReportPeriodInput period) {
        return compliance.visitCompliance(regionCode, period);
    }

    @Description("When the child's next contact and home visit are due; null for partners.")
    @RolesAllowed({ Roles.PROVINCE_OFFICER, Roles.CITY_OFFICER, Roles.COUNTY_OFFICER, Roles.TOWNSHIP_SUPERVISOR,
            Roles.VILLAGE_DIRECTOR, Roles.PARTNER_STAFF, Roles.THIRD_PARTY_APP })
    public List<VisitScheduleView> visitSchedule(@Source List<ChildView> sources) {
        return schedules.schedulesOf(sources);
    }
}

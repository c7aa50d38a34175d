package org.tonghu.activity;

import jakarta.annotation.security.RolesAllowed;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.tonghu.graphql.ConflictException;
import org.tonghu.graphql.PageRequest;
import org.tonghu.idempotency.Idempotent;
import org.tonghu.security.Roles;

/** Activities, attendance and the duties they meet: translates between GraphQL and the activity services. */
@GraphQLApi
@RolesAllowed({ Roles.PARTNER_STAFF, Roles.PROVINCE_OFFICER, Roles.CITY_OFFICER, Roles.COUNTY_OFFICER })
public class ActivityGraphQL {

    private final ActivityService activities;
    private final DutyCoverageService duties;

    ActivityGraphQL(ActivityService activities, DutyCoverageService duties) {
        this.activities = activities;
        this.duties = duties;
    }

    @Query("activities")
    @Description("A page of your organization's activities, the latest first.")
    public @NonNull ActivityConnection activities(
            @Name("kind") @Description("Only activities of this kind.") ActivityKind kind,
            @Name("status") @Description("Only activities in this status.") ActivityStatus status,
            @Name("first") @Description(PageRequest.FIRST_DESCRIPTION) Integer first,
            @Name("after") @Description(PageRequest.AFTER_DESCRIPTION) String after) {
        return activities.listActivities(kind, status, first, after);
    }

    @Mutation("createActivity")
    @Idempotent
    @Description("Plans an activity of your organization at a place in its region.")
    public @NonNull ActivityView createActivity(
            @Name("input") @Description("The activity.") @NonNull ActivityInput input) {
        return activities.createActivity(input);
    }

    @Mutation("changeActivityStatus")
    @Description("HELD once started; REPORTED once held, with the report as text; CANCELLED while planned, with the "
            + "reason as text.")
    public @NonNull ActivityView changeActivityStatus(
            @Name("id") @Description("The activity's ID.") @NonNull @Id String id,
            @Name("expectedVersion") @NonNull @Description(ConflictException.EXPECTED_VERSION) int expectedVersion,
            @Name("status") @Description("The new status.") @NonNull ActivityStatus status,
            @Name("text") @Description("The report (for REPORTED) or the reason (for CANCELLED).") String text) {
        return activities.changeActivityStatus(id, expectedVersion, status, text);
    }

    @Mutation("recordAttendance")
    @Idempotent
    @Description("Records the children (by id, or national ID number and name) and guardians who attended. Every "
            + "entry is checked and reported by position; nothing is written if any is bad.")
    public @NonNull AttendanceResult recordAttendance(
            @Name("activityId") @Description("The activity's ID.") @NonNull @Id String activityId,
            @Name("input") @Description("Who attended.") @NonNull AttendanceInput input) {
        return activities.recordAttendance(activityId, input);
    }

    @Mutation("registerRuleOfLawVicePrincipal")
    @Idempotent
    @Description("Registers a rule-of-law vice-principal (法治副校长) at a school: officers in their jurisdiction, "
            + "education bureaus in their region.")
    public @NonNull VicePrincipalView registerRuleOfLawVicePrincipal(
            @Name("input") @Description("The vice-principal.") @NonNull VicePrincipalInput input) {
        return activities.registerVicePrincipal(input);
    }

    @Query("dutyCoverage")
    @Description("The year's safety and legal education duties in a province, city or county of your jurisdiction, "
            + "with what is missing listed.")
    @RolesAllowed({ Roles.PROVINCE_OFFICER, Roles.CITY_OFFICER, Roles.COUNTY_OFFICER })
    public @NonNull DutyCoverageReport dutyCoverage(
            @Name("regionCode") @Description("A province, city or county code in your jurisdiction.")
            @NonNull String regionCode,
            @Name("year") @Description("The year, 2000 to this year.") @NonNull int year) {
        return duties.dutyCoverage(regionCode, year);
    }
}

package org.tonghu.activity;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** Which of the policy's yearly duties were met in a region, with what is missing listed. */
@Type("DutyCoverageReport")
@Description("Duties of a year (policy §2, §14): safety education in a village in every county, holiday safety "
        + "lectures at every school before the winter and summer holidays, and 4 class hours of legal education by "
        + "every rule-of-law vice-principal. Each list holds at most " + DutyCoverageService.MAX_LISTED + " entries.")
public record DutyCoverageReport(
        @NonNull @Description("The calendar year reported.") int year,
        @NonNull @Description("How many counties the region has.") int counties,
        @NonNull @Description("Counties with no safety-education activity held in a village or at a Tongxin Harbor "
                + "site in the year (each must hold one).")
        List<@NonNull DutyGap> countiesWithoutVillageSafetyEducation,
        @NonNull @Description("How many schools (organizations of kind SCHOOL) the region has.") int schools,
        @NonNull @Description("Lecture between 1 December of the year before and 15 February.")
        List<@NonNull DutyGap> schoolsWithoutWinterHolidayLecture,
        @NonNull @Description("Lecture between 15 May and 31 July.")
        List<@NonNull DutyGap> schoolsWithoutSummerHolidayLecture,
        @NonNull @Description("How many rule-of-law vice-principals served in the year.") int vicePrincipals,
        @NonNull @Description("Vice-principals who gave fewer than 4 class hours in the year (法治副校长 duty, §2).")
        List<@NonNull DutyGap> vicePrincipalsBelowFourClassHours) {
}

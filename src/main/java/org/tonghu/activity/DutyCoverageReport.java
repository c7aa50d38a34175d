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
        @NonNull int year,
        @NonNull int counties,
        @NonNull List<@NonNull DutyGap> countiesWithoutVillageSafetyEducation,
        @NonNull int schools,
        @NonNull @Description("Lecture between 1 December of the year before and 15 February.")
        List<@NonNull DutyGap> schoolsWithoutWinterHolidayLecture,
        @NonNull @Description("Lecture between 15 May and 31 July.")
        List<@NonNull DutyGap> schoolsWithoutSummerHolidayLecture,
        @NonNull int vicePrincipals,
        @NonNull List<@NonNull DutyGap> vicePrincipalsBelowFourClassHours) {
}

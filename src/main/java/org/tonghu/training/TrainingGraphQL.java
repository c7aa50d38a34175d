package org.tonghu.training;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.tonghu.idempotency.Idempotent;
import org.tonghu.security.Roles;

/** Training of directors and supervisors: translates between GraphQL and {@link TrainingService}. */
@GraphQLApi
@RolesAllowed({ Roles.PROVINCE_OFFICER, Roles.CITY_OFFICER, Roles.COUNTY_OFFICER })
public class TrainingGraphQL {

    private final TrainingService training;

    TrainingGraphQL(TrainingService training) {
        this.training = training;
    }

    @Mutation("createTrainingSession")
    @Idempotent
    @Description("Registers a training session of the city or a county in your jurisdiction.")
    public @NonNull TrainingSessionView createTrainingSession(
            @Name("input") @Description("The session.") @NonNull TrainingSessionInput input) {
        return training.createTrainingSession(input);
    }

    @Mutation("recordTrainingAttendance")
    @Idempotent
    @Description("Records which directors and supervisors (appointment ids) attended a session; all or nothing.")
    public @NonNull AttendanceResult recordTrainingAttendance(
            @Name("sessionId") @Description("The session's ID.") @NonNull @Id String sessionId,
            @Name("appointmentIds") @Description("The appointments (directors and supervisors) who attended.")
            @NonNull List<@NonNull String> appointmentIds) {
        return training.recordTrainingAttendance(sessionId, appointmentIds);
    }

    @Query("trainingCoverage")
    @Description("For the province, a city or a county in your jurisdiction: the share of its directors and "
            + "supervisors trained in the year, and whether the city (for the province: every city) ran its "
            + "demonstration training.")
    public @NonNull TrainingCoverage trainingCoverage(
            @Name("regionCode") @Description("The province, a city or a county in your jurisdiction.")
            @NonNull String regionCode,
            @Name("year") @Description("The year, 2000 to this year.") @NonNull int year) {
        return training.trainingCoverage(regionCode, year);
    }
}

package org.tonghu.director;

import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.tonghu.child.ChildView;
import org.tonghu.graphql.ConflictException;
import org.tonghu.graphql.PageRequest;
import org.tonghu.idempotency.Idempotent;
import org.tonghu.region.RegionView;
import org.tonghu.security.Roles;

/** Directors and supervisors in the graph, with the edges from children and regions to them. */
@GraphQLApi
@RolesAllowed({ Roles.PROVINCE_OFFICER, Roles.CITY_OFFICER, Roles.COUNTY_OFFICER, Roles.TOWNSHIP_SUPERVISOR,
        Roles.VILLAGE_DIRECTOR, Roles.PARTNER_STAFF, Roles.THIRD_PARTY_APP })
public class AppointmentGraphQL {

    private final AppointmentService appointments;

    AppointmentGraphQL(AppointmentService appointments) {
        this.appointments = appointments;
    }

    @Query("directors")
    @Description("A page of village child directors' appointments you may see. first: 1 to 100, default 20.")
    public @NonNull AppointmentConnection directors(
            @Name("regionCode") @Description("Only appointments under this region (narrows your scope, never "
            + "widens it).") String regionCode,
            @Name("includeEnded") @Description("Include appointments that have ended.")
            @DefaultValue("false") boolean includeEnded,
            @Name("first") @Description(PageRequest.FIRST_DESCRIPTION) Integer first,
            @Name("after") @Description(PageRequest.AFTER_DESCRIPTION) String after) {
        return appointments.listAppointments(AppointmentKind.DIRECTOR, regionCode, includeEnded, first, after);
    }

    @Query("supervisors")
    @Description("A page of township child supervisors' appointments you may see. first: 1 to 100, default 20.")
    public @NonNull AppointmentConnection supervisors(
            @Name("regionCode") @Description("Only appointments under this region (narrows your scope, never "
            + "widens it).") String regionCode,
            @Name("includeEnded") @Description("Include appointments that have ended.")
            @DefaultValue("false") boolean includeEnded,
            @Name("first") @Description(PageRequest.FIRST_DESCRIPTION) Integer first,
            @Name("after") @Description(PageRequest.AFTER_DESCRIPTION) String after) {
        return appointments.listAppointments(AppointmentKind.SUPERVISOR, regionCode, includeEnded, first, after);
    }

    @Description("The child directors of the child's village, active today.")
    public List<@NonNull List<@NonNull AppointmentView>> directors(@Source List<ChildView> children) {
        return appointments.directorsOf(children);
    }

    @Name("directors")
    @Description("The child directors appointed to this region, active today (villages have them).")
    public List<@NonNull List<@NonNull AppointmentView>> regionDirectors(@Source List<RegionView> regions) {
        return appointments.activeIn(AppointmentKind.DIRECTOR, regions);
    }

    @Name("supervisors")
    @Description("The child supervisors appointed to this region, active today (townships have them).")
    public List<@NonNull List<@NonNull AppointmentView>> regionSupervisors(@Source List<RegionView> regions) {
        return appointments.activeIn(AppointmentKind.SUPERVISOR, regions);
    }

    @Mutation("appointDirector")

    @Description("Appoints a village child director (儿童主任) to a village in your jurisdiction.")
    @Idempotent
    @RolesAllowed({ Roles.PROVINCE_OFFICER, Roles.CITY_OFFICER, Roles.COUNTY_OFFICER })
    public @NonNull AppointmentView appointDirector(
            @Name("input") @Description("Who, which village, from when.") @NonNull AppointmentInput input) {
        return appointments.appoint(AppointmentKind.DIRECTOR, input);
    }

    @Mutation("appointSupervisor")

    @Description("Appoints a township child supervisor (儿童督导员) to a township in your jurisdiction.")
    @Idempotent
    @RolesAllowed({ Roles.PROVINCE_OFFICER, Roles.CITY_OFFICER, Roles.COUNTY_OFFICER })
    public @NonNull AppointmentView appointSupervisor(
            @Name("input") @Description("Who, which township, from when.") @NonNull AppointmentInput input) {
        return appointments.appoint(AppointmentKind.SUPERVISOR, input);
    }

    @Mutation("endAppointment")
    @Description("Ends a director's or supervisor's appointment (kept in the history). endsOn defaults to today.")
    @RolesAllowed({ Roles.PROVINCE_OFFICER, Roles.CITY_OFFICER, Roles.COUNTY_OFFICER })
    public @NonNull AppointmentView endAppointment(
            @Name("id") @Description("The appointment's ID.") @NonNull @Id String id,
            @Name("expectedVersion") @NonNull @Description(ConflictException.EXPECTED_VERSION) int expectedVersion,
            @Name("endsOn") LocalDate endsOn) {
        return appointments.endAppointment(id, expectedVersion, endsOn);
    }
}

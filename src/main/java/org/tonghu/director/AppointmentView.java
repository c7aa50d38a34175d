package org.tonghu.director;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** A director's or supervisor's appointment as the graph shows it; the phone is null for partners. */
@Type("Appointment")
@Description("A village child director's or township child supervisor's appointment.")
public record AppointmentView(
        @NonNull @Id @Description("The appointment's ID.") String id,
        @NonNull @Description("Director or supervisor.") AppointmentKind kind,
        @NonNull @Description("The appointee's name.") String personName,
        @Description("The appointee's phone; null for partner organizations.") String phone,
        @NonNull @Description("The village (director) or township (supervisor) appointed to.") String regionCode,
        @NonNull @Description("First day of the appointment.") LocalDate startsOn,
        @Description("Last day; null while open-ended.") LocalDate endsOn,
        @NonNull @Description("Whether the appointment holds today.") boolean active,
        @NonNull @Description("Pass as expectedVersion when ending it.") int version) {
}

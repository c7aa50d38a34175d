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
        @NonNull @Id String id,
        @NonNull AppointmentKind kind,
        @NonNull String personName,
        String phone,
        @NonNull String regionCode,
        @NonNull LocalDate startsOn,
        LocalDate endsOn,
        @NonNull @Description("Whether the appointment holds today.") boolean active,
        @NonNull int version) {
}

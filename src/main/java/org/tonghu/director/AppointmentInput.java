package org.tonghu.director;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** An appointment to make: who, to which region (a village for a director, a township for a supervisor), from when. */
@Input("AppointmentInput")
public record AppointmentInput(
        @NonNull String personName,
        String phone,
        @NonNull @Description("A village for a director, a township for a supervisor, inside your jurisdiction.")
        String regionCode,
        @Description("Default: today.") LocalDate startsOn) {
}

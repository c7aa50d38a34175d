package org.tonghu.director;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** An appointment to make: who, to which region (a village for a director, a township for a supervisor), from when. */
@Input("AppointmentInput")
@Description("An appointment to make: who, to which region, from when.")
public record AppointmentInput(
        @NonNull @Description("The appointee's name, up to 50 characters.") String personName,
        @Description("The appointee's phone.") String phone,
        @NonNull @Description("A village for a director, a township for a supervisor, inside your jurisdiction.")
        String regionCode,
        @Description("Default: today.") LocalDate startsOn) {
}

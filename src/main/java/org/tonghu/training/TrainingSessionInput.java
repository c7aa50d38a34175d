package org.tonghu.training;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** A training session to register. */
@Input("TrainingSessionInput")
@Description("A training session to register.")
public record TrainingSessionInput(
        @NonNull @Description("City or county.") TrainingLevel level,
        @NonNull @Description("The city (CITY) or county (COUNTY) running it, inside your jurisdiction.")
        String regionCode,
        @NonNull @Description("Who organized it (up to 100 characters).") String organizer,
        @NonNull @Description("Not more than a year ahead.") LocalDate heldOn,
        @NonNull @Description("Up to 200 characters.") String topic,
        @Description("Whether this is the city's demonstration training of the year (CITY level only).")
        Boolean demonstration) {
}

package org.tonghu.concern;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** A concern as raised; who raised it is the signed-in user. */
@Input("ConcernInput")
@Description("A concern as raised; who raised it is the signed-in user.")
public record ConcernInput(
        @NonNull @Description("What it is about.") ConcernCategory category,
        @NonNull @Description("How serious it is.") ConcernSeverity severity,
        @NonNull @Description("What was found (up to 1000 characters).") String description,
        @Description("Defaults to the visit's date, or to today for a concern raised on its own.") LocalDate raisedOn) {
}

package org.tonghu.rehabilitation;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** How a rehabilitation step went on: its status, sessions done, end and outcome. */
@Input("RehabilitationProgressInput")
@Description("The progress of a rehabilitation step.")
public record RehabilitationProgressInput(
        @NonNull @Description("Where it stands now.") RehabilitationStatus status,
        LocalDate endsOn,
        @Description("For REHABILITATION_TRAINING.") Integer sessionsCompleted,
        @Description("Required once COMPLETED or DISCONTINUED (up to 1000 characters).") String outcome) {
}

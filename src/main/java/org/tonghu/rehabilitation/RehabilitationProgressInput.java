package org.tonghu.rehabilitation;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** How a rehabilitation step went on: its status, sessions done, end and outcome. */
@Input("RehabilitationProgressInput")
public record RehabilitationProgressInput(
        @NonNull RehabilitationStatus status,
        LocalDate endsOn,
        @Description("For REHABILITATION_TRAINING.") Integer sessionsCompleted,
        String outcome) {
}

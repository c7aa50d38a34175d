package org.tonghu.concern;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** The follow-up of a concern: its new status, what was done, and how it ended. */
@Input("ConcernUpdateInput")
@Description("The follow-up of a concern: its new status, what was done, and how it ended.")
public record ConcernUpdateInput(
        @NonNull @Description("The new status.") ConcernStatus status,
        @Description("What was done (up to 1000 characters).") String actionTaken,
        @Description("Required for REFERRED: the body the concern went to (up to 200 characters).") String referredTo,
        @Description("Required for RESOLVED: how it was resolved (解决方案, up to 1000 characters).") String resolution,
        @Description("Required for RESOLVED: not before the concern was raised, not in the future.")
        LocalDate resolvedOn) {
}

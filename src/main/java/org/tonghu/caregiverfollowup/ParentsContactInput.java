package org.tonghu.caregiverfollowup;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** How the parents were told that their child's caregiver cannot care. */
@Input("ParentsContactInput")
@Description("How the parents were told.")
public record ParentsContactInput(
        @Description("When; default now; not before the follow-up was opened, not in the future.")
        OffsetDateTime contactedAt,
        @NonNull @Description("How they were reached.") ParentsContactMode mode,
        @NonNull @Description("Who was reached, e.g. the father (up to 100 characters).") String personReached,
        @Description("What they said (up to 1000 characters).") String response) {
}

package org.tonghu.caregiverfollowup;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** How the parents were told. */
@Type("ParentsContact")
@Description("How the parents were told that the entrusted caregiver is unable to care.")
public record ParentsContactView(
        @NonNull OffsetDateTime contactedAt,
        @NonNull @Description("How they were reached.") ParentsContactMode mode,
        @NonNull @Description("Which parent (or who) was reached.") String personReached,
        @Description("What they answered.") String response,
        @NonNull @Description("Who recorded it.") String recordedByName) {
}

package org.tonghu.caregiverfollowup;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** How the parents were told. */
@Type("ParentsContact")
public record ParentsContactView(@NonNull OffsetDateTime contactedAt, @NonNull ParentsContactMode mode,
        @NonNull String personReached, String response, @NonNull String recordedByName) {
}

package org.tonghu.protection;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** One handling step of a report. */
@Type("ProtectionReportStep")
@Description("Something a receiver did about a mandatory report.")
public record ProtectionReportStepView(
        @NonNull @Id @Description("The step's ID.") String id,
        @Id @Description("The receipt of the receiver who did it.") String receiptId,
        @NonNull OffsetDateTime takenAt,
        @NonNull @Description("What was done.") String description,
        @NonNull @Description("Who recorded it.") String recordedByName) {
}

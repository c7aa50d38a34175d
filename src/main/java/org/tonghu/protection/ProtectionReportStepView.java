package org.tonghu.protection;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** One handling step of a report. */
@Type("ProtectionReportStep")
public record ProtectionReportStepView(
        @NonNull @Id String id,
        @Id String receiptId,
        @NonNull OffsetDateTime takenAt,
        @NonNull String description,
        @NonNull String recordedByName) {
}

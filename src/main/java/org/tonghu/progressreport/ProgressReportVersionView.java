package org.tonghu.progressreport;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** A submission of a progress report, frozen: the narrative and figures as submitted, and the review. */
@Type("ProgressReportVersion")
public record ProgressReportVersionView(
        @NonNull int number,
        @NonNull OffsetDateTime submittedAt,
        @NonNull String submittedByName,
        ProgressNarrative narrative,
        @NonNull List<@NonNull ProgressFigureView> figures,
        @Description("RETURNED or ACCEPTED once the level above answered.") String outcome,
        String comments,
        OffsetDateTime reviewedAt,
        String reviewedByName) {
}

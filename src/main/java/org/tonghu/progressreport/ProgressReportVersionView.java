package org.tonghu.progressreport;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** A submission of a progress report, frozen: the narrative and figures as submitted, and the review. */
@Type("ProgressReportVersion")
@Description("A submission of a progress report, frozen: the narrative and figures as submitted, and the "
        + "review.")
public record ProgressReportVersionView(
        @NonNull @Description("The version's number, from 1 for the first submission.") int number,
        @NonNull OffsetDateTime submittedAt,
        @NonNull @Description("Who submitted it.") String submittedByName,
        @Description("The narrative as submitted.") ProgressNarrative narrative,
        @NonNull @Description("The figures as frozen at submission.") List<@NonNull ProgressFigureView> figures,
        @Description("RETURNED or ACCEPTED once the level above answered.") String outcome,
        @Description("The comments of the level above; null until answered or if it gave none.") String comments,
        OffsetDateTime reviewedAt,
        @Description("Who answered it at the level above; null until then.") String reviewedByName) {
}

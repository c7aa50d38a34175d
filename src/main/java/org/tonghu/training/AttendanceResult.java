package org.tonghu.training;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** What recording attendance did. */
@Type("TrainingAttendanceResult")
@Description("The session after attendance was recorded.")
public record AttendanceResult(
        @NonNull @Description("The session with its attendee count.") TrainingSessionView session,
        @NonNull @Description("Attendees newly recorded.") int added,
        @NonNull @Description("Attendees who were recorded already.") int alreadyRecorded) {
}

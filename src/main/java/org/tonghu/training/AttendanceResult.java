package org.tonghu.training;

import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** What recording attendance did. */
@Type("TrainingAttendanceResult")
public record AttendanceResult(@NonNull TrainingSessionView session,
        @NonNull int added, @NonNull int alreadyRecorded) {
}

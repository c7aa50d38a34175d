package org.tonghu.spotcheck;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** A rectification task as the graph shows it. */
@Type("RectificationTask")
@Description("A rectification task (整改): an item a spot-checked file failed, for the director of the child's "
        + "village to put right by dueOn.")
public record RectificationTaskView(
        @NonNull @Id String id,
        @NonNull @Id String spotCheckId,
        @NonNull @Id String fileId,
        @NonNull @Id String childId,
        @NonNull String childName,
        @NonNull String villageCode,
        @NonNull SpotCheckItem item,
        @Description("The director of the child's village when the task was made; null if the village had none.")
        String directorName,
        @NonNull LocalDate dueOn,
        @NonNull @Description("OPEN and past dueOn.") boolean overdue,
        @NonNull RectificationTaskStatus status,
        String doneNote,
        String doneByName,
        OffsetDateTime doneAt,
        String confirmedByName,
        OffsetDateTime confirmedAt,
        @Description("Why the checker reopened the task, if it was.") String reopenNote,
        @NonNull int version) {
}

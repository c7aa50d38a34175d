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
        @NonNull @Description("The task's ID.") @Id String id,
        @NonNull @Description("The spot check whose scoring made it.") @Id String spotCheckId,
        @NonNull @Description("The drawn file that failed the item.") @Id String fileId,
        @NonNull @Description("The child whose file it is.") @Id String childId,
        @NonNull @Description("The child's name.") String childName,
        @NonNull @Description("The child's village (12-digit code), whose director puts it right.")
        String villageCode,
        @NonNull @Description("The checklist item that failed.") SpotCheckItem item,
        @Description("The director of the child's village when the task was made; null if the village had none.")
        String directorName,
        @NonNull LocalDate dueOn,
        @NonNull @Description("OPEN and past dueOn.") boolean overdue,
        @NonNull @Description("Where the task stands.") RectificationTaskStatus status,
        @Description("What the director says was put right; null until marked DONE.") String doneNote,
        @Description("Who marked it DONE; null until then.") String doneByName,
        OffsetDateTime doneAt,
        @Description("Who confirmed it; null until CONFIRMED.") String confirmedByName,
        OffsetDateTime confirmedAt,
        @Description("Why the checker reopened the task, if it was.") String reopenNote,
        @NonNull @Description("The record's version; pass it as expectedVersion.") int version) {
}

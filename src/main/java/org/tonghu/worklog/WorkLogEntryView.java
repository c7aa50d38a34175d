package org.tonghu.worklog;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** A work log entry as the graph shows it. */
@Type("WorkLogEntry")
@Description("An entry of a director's or supervisor's work log (工作日志).")
public record WorkLogEntryView(
        @NonNull @Id @Description("The entry's ID.") String id,
        @NonNull @Description("The region the work was in.") String regionCode,
        @Id @Description("The child it is about, if any.") String childId,
        @NonNull @Description("The day of the work.") LocalDate entryDate,
        @NonNull @Description("What was done.") String content,
        @NonNull @Description("Who wrote it.") String authorName) {

    static WorkLogEntryView of(WorkLogEntry entry) {
        return new WorkLogEntryView(entry.id.toString(), entry.regionCode,
                entry.childId == null ? null : entry.childId.toString(), entry.entryDate, entry.content,
                entry.authorName);
    }
}

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
        @NonNull @Id String id,
        @NonNull String regionCode,
        @Id String childId,
        @NonNull LocalDate entryDate,
        @NonNull String content,
        @NonNull String authorName) {

    static WorkLogEntryView of(WorkLogEntry entry) {
        return new WorkLogEntryView(entry.id.toString(), entry.regionCode,
                entry.childId == null ? null : entry.childId.toString(), entry.entryDate, entry.content,
                entry.authorName);
    }
}

package org.tonghu.worklog;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** A day's work, as a director or supervisor logs it. */
@Input("WorkLogEntryInput")
@Description("An entry for your work log.")
public record WorkLogEntryInput(
        @NonNull @Description("Not in the future.") LocalDate entryDate,
        @Description("The region the work was in; defaults to your own (a village for a director).") String regionCode,
        @Id @Description("The child the entry is about, if any; it then shows in the child's file.") String childId,
        @NonNull @Description("Up to 2000 characters.") String content) {
}

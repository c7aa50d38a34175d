package org.tonghu.protection;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** A mandatory report to file; the reporter is you. Name a registered child or describe one, never both. */
@Input("ProtectionReportInput")
@Description("A mandatory report to file: childId, or describedChild for a child not registered.")
public record ProtectionReportInput(
        @Id @Description("A registered child you work with.") String childId,
        @Description("A child not registered (or whom you cannot look up): a report never waits for registration.")
        UnregisteredChildInput describedChild,
        @NonNull @Description("What it is about.") ProtectionReportCategory category,
        @NonNull @Description("What you observed (up to 2000 characters).") String observed,
        @NonNull @Description("When you discovered it; not in the future.") OffsetDateTime discoveredAt,
        @NonNull @Description("Whether the child is in immediate danger now; the receivers then have 1 hour "
                + "(configurable) to acknowledge instead of 24.") boolean immediateDanger,
        @Description("What you did on the spot (up to 1000 characters).") String actionTaken) {
}

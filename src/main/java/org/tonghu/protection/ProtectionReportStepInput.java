package org.tonghu.protection;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** A handling step to record. */
@Input("ProtectionReportStepInput")
@Description("Something your organization did about a report it received.")
public record ProtectionReportStepInput(
        @NonNull @Description("What was done (up to 1000 characters).") String description,
        @Description("When; default now, never in the future nor before the report was filed.")
        OffsetDateTime takenAt) {
}

package org.tonghu.schedule;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** A month, a quarter or a whole year. */
@Input("ReportPeriodInput")
@Description("A reporting period: give a month or a quarter of the year, or neither for the whole year.")
public record ReportPeriodInput(
        @NonNull @Description("The year, e.g. 2026.") int year,
        @Description("A month, 1 to 12; or omit.") Integer month,
        @Description("A quarter, 1 to 4; or omit.") Integer quarter) {
}

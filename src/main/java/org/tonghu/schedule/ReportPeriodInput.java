package org.tonghu.schedule;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** A month, a quarter or a whole year. */
@Input("ReportPeriodInput")
@Description("A reporting period: give a month or a quarter of the year, or neither for the whole year.")
public record ReportPeriodInput(@NonNull int year, Integer month, Integer quarter) {
}

package org.tonghu.progressreport;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** A figure of a progress report as the graph shows it. */
@Type("ProgressFigure")
@Description("A figure of an annual progress report (年度工作进展情况), counted from the data.")
public record ProgressFigureView(
        @NonNull @Description("The figure's stable key (e.g. for a program reading the report).") String key,
        @NonNull @Description("What the figure counts (Chinese).") String label,
        @NonNull @Description("The count.") int value,
        @NonNull @Description("How the figure was computed (Chinese).") String howComputed,
        @Description("The portal page listing the children or records the figure counts, if any; for a city's report,"
                + " the page of its counties' values the figure sums.") String list) {
}

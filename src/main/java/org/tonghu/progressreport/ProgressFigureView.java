package org.tonghu.progressreport;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** A figure of a progress report as the graph shows it. */
@Type("ProgressFigure")
public record ProgressFigureView(
        @NonNull String key,
        @NonNull @Description("What the figure counts (Chinese).") String label,
        @NonNull int value,
        @NonNull @Description("How the figure was computed (Chinese).") String howComputed,
        @Description("The portal page listing the children or records the figure counts, if any.") String list) {
}

package org.tonghu.training;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** Training coverage of a county, a city or the province in a year (policy §21). */
@Type("TrainingCoverage")
@Description("Training coverage of directors and supervisors in a year (policy §21: every one trained each year; "
        + "each city runs a demonstration training).")
public record TrainingCoverage(
        @NonNull @Description("The year.") int year,
        @NonNull @Description("The whole region.") TrainingCoverageRow total,
        @NonNull @Description("For a city: a row per county; for the province: a row per city.")
        List<@NonNull TrainingCoverageRow> byRegion,
        @NonNull @Description("Whether the city ran its demonstration training in the year (for the province: "
                + "every city).") boolean cityDemonstrationTrainingHeld) {
}

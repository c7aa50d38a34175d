package org.tonghu.training;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** Training coverage of the directors and supervisors of one region in a year. */
@Type("TrainingCoverageRow")
@Description("Training coverage of the directors and supervisors of one region.")
public record TrainingCoverageRow(
        @NonNull @Description("The region's code.") String regionCode,
        @NonNull @Description("The region's name.") String regionName,
        @NonNull @Description("Directors and supervisors appointed at some time in the year.") int appointed,
        @NonNull @Description("Of them, those who attended a training session in the year.") int trained,
        @Description("The share trained / appointed, 0 to 1; null when nobody was appointed.") Double trainedShare,
        @NonNull @Description("Whether every one of them was trained.") boolean fullCoverage) {

    static TrainingCoverageRow of(String code, String name, int appointed, int trained) {
        return new TrainingCoverageRow(code, name, appointed, trained,
                appointed == 0 ? null : Math.round(10000.0 * trained / appointed) / 10000.0, trained == appointed);
    }
}

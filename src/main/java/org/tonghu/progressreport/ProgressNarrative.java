package org.tonghu.progressreport;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Type;

/** The narrative sections of a progress report, written by the officer (each up to 10,000 characters). */
@Type("ProgressNarrative")
@Input("ProgressNarrativeInput")
@Description("The narrative sections of an annual progress report (年度工作进展情况), written by the officer, each "
        + "up to 10,000 characters; null when not written.")
public record ProgressNarrative(
        @Description("Progress of the year's work (工作进展).") String progress,
        @Description("Problems met (存在问题).") String problems,
        @Description("Next steps (下一步措施).") String nextSteps,
        @Description("Plans for the coming year (明年工作计划).") String plans) {
}

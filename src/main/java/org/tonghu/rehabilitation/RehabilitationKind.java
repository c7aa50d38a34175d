package org.tonghu.rehabilitation;

import org.eclipse.microprofile.graphql.Description;

/** A step of a disabled child's rehabilitation pathway (policy §10): finding out, then the services. */
@Description("A step of a disabled child's rehabilitation pathway (康复救助, policy §10): finding out, then the services.")
public enum RehabilitationKind {
    @Description("Screening (筛查).")
    SCREENING,
    @Description("Assessment and diagnosis (评估诊断).")
    ASSESSMENT,
    @Description("Surgery (手术); a service that needs funding.")
    SURGERY,
    @Description("Assistive device (辅具适配); a service that needs funding.")
    ASSISTIVE_DEVICE,
    @Description("Rehabilitation training (康复训练); a service that needs funding.")
    REHABILITATION_TRAINING;

    /** Screening and assessment find out what a child needs; the others are services, which need funding. */
    boolean isService() {
        return this != SCREENING && this != ASSESSMENT;
    }
}

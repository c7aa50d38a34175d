package org.tonghu.concern;

import org.eclipse.microprofile.graphql.Description;

/** How serious a concern is; URGENT calls for action the same day. */
@Description("How serious a concern is.")
public enum ConcernSeverity {
    @Description("Low.")
    LOW,
    @Description("Medium.")
    MEDIUM,
    @Description("High.")
    HIGH,
    @Description("Urgent: calls for action the same day.")
    URGENT
}

package org.tonghu.protection;

import org.eclipse.microprofile.graphql.Description;

/**
 * Where a report stands over all its receivers: OPEN while none has acknowledged, ACKNOWLEDGED once one has, CLOSED
 * when every receiver has closed it with an outcome.
 */
@Description("Where a report stands over all its receivers.")
public enum ProtectionReportStatus {
    @Description("No receiver has acknowledged it yet.")
    OPEN,
    @Description("At least one receiver has acknowledged it.")
    ACKNOWLEDGED,
    @Description("Every receiver has closed it with an outcome.")
    CLOSED
}

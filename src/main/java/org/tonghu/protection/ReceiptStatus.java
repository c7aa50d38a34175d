package org.tonghu.protection;

import org.eclipse.microprofile.graphql.Description;

/** Where one receiver stands with a report: not yet acknowledged, acknowledged and being handled, closed. */
@Description("Where one receiver stands with a report.")
public enum ReceiptStatus {
    @Description("Not yet acknowledged.")
    OPEN,
    @Description("Acknowledged and being handled.")
    ACKNOWLEDGED,
    @Description("Closed with an outcome.")
    CLOSED
}

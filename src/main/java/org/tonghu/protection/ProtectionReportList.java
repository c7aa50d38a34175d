package org.tonghu.protection;

import org.eclipse.microprofile.graphql.Description;

/** Which reports a list shows. */
@Description("Which reports a list shows.")
public enum ProtectionReportList {
    /** The reports you filed. */
    @Description("The reports you filed.")
    FILED_BY_ME,
    /**
     * The reports your organization received and has not closed; for civil-affairs officers of a city or the province
     * also those escalated to them and not yet acknowledged.
     */
    @Description("The reports your organization received and has not closed; for civil-affairs officers of a city or "
            + "the province also those escalated to them and not yet acknowledged.")
    TO_HANDLE,
    /** Reports you see with a receipt not acknowledged by its deadline. */
    @Description("Reports you see with a receipt not acknowledged by its deadline.")
    OVERDUE
}

package org.tonghu.protection;

/** Which reports a list shows. */
public enum ProtectionReportList {
    /** The reports you filed. */
    FILED_BY_ME,
    /**
     * The reports your organization received and has not closed; for civil-affairs officers of a city or the province
     * also those escalated to them and not yet acknowledged.
     */
    TO_HANDLE,
    /** Reports you see with a receipt not acknowledged by its deadline. */
    OVERDUE
}

package org.tonghu.protection;

/**
 * Where a report stands over all its receivers: OPEN while none has acknowledged, ACKNOWLEDGED once one has, CLOSED
 * when every receiver has closed it with an outcome.
 */
public enum ProtectionReportStatus {
    OPEN,
    ACKNOWLEDGED,
    CLOSED
}

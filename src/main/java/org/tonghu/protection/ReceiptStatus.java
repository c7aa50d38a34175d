package org.tonghu.protection;

/** Where one receiver stands with a report: not yet acknowledged, acknowledged and being handled, closed. */
public enum ReceiptStatus {
    OPEN,
    ACKNOWLEDGED,
    CLOSED
}

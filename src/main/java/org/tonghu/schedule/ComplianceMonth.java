package org.tonghu.schedule;

import java.time.YearMonth;

/** Visit compliance of a region in one month of a trend: judged as the month's own report judges it. */
public record ComplianceMonth(YearMonth month, ComplianceRow row) {
}

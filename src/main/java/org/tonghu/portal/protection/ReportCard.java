package org.tonghu.portal.protection;

import org.tonghu.protection.ProtectionReportView;

/**
 * A report as a list or page shows it: the report as the viewer's audience sees it, and who the child is to the viewer
 * (the name described, or the registered child's name when the viewer reaches the child; null otherwise).
 */
public record ReportCard(ProtectionReportView report, String childName, boolean childReachable) {
}

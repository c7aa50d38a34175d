package org.tonghu.protection;

import org.eclipse.microprofile.graphql.NonNull;

/** One report in a page of reports. */
public record ProtectionReportEdge(@NonNull String cursor, @NonNull ProtectionReportView node) {
}

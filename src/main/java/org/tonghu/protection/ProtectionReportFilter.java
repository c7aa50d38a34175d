package org.tonghu.protection;

import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** Which reports to list. */
@Input("ProtectionReportFilter")
public record ProtectionReportFilter(@NonNull ProtectionReportList list) {
}

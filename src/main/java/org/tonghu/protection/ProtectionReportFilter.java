package org.tonghu.protection;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** Which reports to list. */
@Input("ProtectionReportFilter")
@Description("Which mandatory reports to list.")
public record ProtectionReportFilter(
        @NonNull @Description("Which list.") ProtectionReportList list) {
}

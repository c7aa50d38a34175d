package org.tonghu.protection;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.tonghu.graphql.PageRequest;

/** One report in a page of reports. */
@Description("One report in a page of reports.")
public record ProtectionReportEdge(
        @NonNull @Description(PageRequest.CURSOR_DESCRIPTION) String cursor,
        @NonNull @Description(PageRequest.NODE_DESCRIPTION) ProtectionReportView node) {
}

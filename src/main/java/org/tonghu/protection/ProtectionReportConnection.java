package org.tonghu.protection;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.tonghu.graphql.PageInfo;
import org.tonghu.graphql.PageRequest;

/** A page of mandatory reports, the latest filed first. */
@Description("A page of mandatory reports, the latest filed first.")
public record ProtectionReportConnection(
        @NonNull @Description(PageRequest.EDGES_DESCRIPTION) List<@NonNull ProtectionReportEdge> edges,
        @NonNull @Description(PageRequest.PAGE_INFO_DESCRIPTION) PageInfo pageInfo) {
}

package org.tonghu.protection;

import java.util.List;

import org.eclipse.microprofile.graphql.NonNull;
import org.tonghu.graphql.PageInfo;

/** A page of mandatory reports, the latest filed first. */
public record ProtectionReportConnection(@NonNull List<@NonNull ProtectionReportEdge> edges,
        @NonNull PageInfo pageInfo) {
}

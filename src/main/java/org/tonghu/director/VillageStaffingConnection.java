package org.tonghu.director;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.tonghu.graphql.PageInfo;
import org.tonghu.graphql.PageRequest;

/** A page of villages' staffing, by village code. */
@Description("A page of villages' staffing, by village code.")
public record VillageStaffingConnection(
        @NonNull @Description(PageRequest.EDGES_DESCRIPTION) List<@NonNull VillageStaffingEdge> edges,
        @NonNull @Description(PageRequest.PAGE_INFO_DESCRIPTION) PageInfo pageInfo) {
}

package org.tonghu.director;

import java.util.List;

import org.eclipse.microprofile.graphql.NonNull;
import org.tonghu.graphql.PageInfo;

/** A page of villages' staffing, by village code. */
public record VillageStaffingConnection(@NonNull List<@NonNull VillageStaffingEdge> edges, @NonNull PageInfo pageInfo) {
}

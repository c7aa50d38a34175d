package org.tonghu.director;

import org.eclipse.microprofile.graphql.NonNull;

/** One village in a page of villages' staffing. */
public record VillageStaffingEdge(@NonNull String cursor, @NonNull VillageStaffingView node) {
}

package org.tonghu.director;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.tonghu.graphql.PageRequest;

/** One village in a page of villages' staffing. */
@Description("One village in a page of villages' staffing.")
public record VillageStaffingEdge(
        @NonNull @Description(PageRequest.CURSOR_DESCRIPTION) String cursor,
        @NonNull @Description(PageRequest.NODE_DESCRIPTION) VillageStaffingView node) {
}

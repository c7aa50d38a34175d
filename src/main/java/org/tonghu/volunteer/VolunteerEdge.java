package org.tonghu.volunteer;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.tonghu.graphql.PageRequest;

/** One volunteer in a page of volunteers. */
@Description("One volunteer in a page of volunteers.")
public record VolunteerEdge(
        @NonNull @Description(PageRequest.CURSOR_DESCRIPTION) String cursor,
        @NonNull @Description(PageRequest.NODE_DESCRIPTION) VolunteerView node) {
}

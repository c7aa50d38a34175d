package org.tonghu.director;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.tonghu.graphql.PageRequest;

/** One appointment in a page of appointments. */
@Description("One appointment in a page of appointments.")
public record AppointmentEdge(
        @NonNull @Description(PageRequest.CURSOR_DESCRIPTION) String cursor,
        @NonNull @Description(PageRequest.NODE_DESCRIPTION) AppointmentView node) {
}

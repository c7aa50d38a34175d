package org.tonghu.director;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.tonghu.graphql.PageInfo;
import org.tonghu.graphql.PageRequest;

/** A page of appointments, ordered by region code. */
@Description("A page of appointments, ordered by region code.")
public record AppointmentConnection(
        @NonNull @Description(PageRequest.EDGES_DESCRIPTION) List<@NonNull AppointmentEdge> edges,
        @NonNull @Description(PageRequest.PAGE_INFO_DESCRIPTION) PageInfo pageInfo) {
}

package org.tonghu.director;

import java.util.List;

import org.eclipse.microprofile.graphql.NonNull;
import org.tonghu.graphql.PageInfo;

/** A page of appointments, ordered by region code. */
public record AppointmentConnection(@NonNull List<@NonNull AppointmentEdge> edges, @NonNull PageInfo pageInfo) {
}

package org.tonghu.volunteer;

import java.util.List;

import org.eclipse.microprofile.graphql.NonNull;
import org.tonghu.graphql.PageInfo;

/** A page of volunteers, ordered by name. */
public record VolunteerConnection(@NonNull List<@NonNull VolunteerEdge> edges, @NonNull PageInfo pageInfo) {
}

package org.tonghu.volunteer;

import org.eclipse.microprofile.graphql.NonNull;

/** One volunteer in a page of volunteers. */
public record VolunteerEdge(@NonNull String cursor, @NonNull VolunteerView node) {
}

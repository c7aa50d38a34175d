package org.tonghu.director;

import org.eclipse.microprofile.graphql.NonNull;

/** One appointment in a page of appointments. */
public record AppointmentEdge(@NonNull String cursor, @NonNull AppointmentView node) {
}

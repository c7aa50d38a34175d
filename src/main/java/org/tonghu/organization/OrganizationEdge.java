package org.tonghu.organization;

import org.eclipse.microprofile.graphql.NonNull;

/** One organization in a page of organizations. */
public record OrganizationEdge(@NonNull String cursor, @NonNull OrganizationView node) {
}

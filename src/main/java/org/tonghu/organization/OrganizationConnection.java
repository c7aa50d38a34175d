package org.tonghu.organization;

import java.util.List;

import org.eclipse.microprofile.graphql.NonNull;
import org.tonghu.graphql.PageInfo;

/** A page of organizations, ordered by name. */
public record OrganizationConnection(@NonNull List<@NonNull OrganizationEdge> edges, @NonNull PageInfo pageInfo) {
}

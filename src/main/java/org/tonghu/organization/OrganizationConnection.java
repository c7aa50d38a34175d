package org.tonghu.organization;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.tonghu.graphql.PageInfo;
import org.tonghu.graphql.PageRequest;

/** A page of organizations, ordered by name. */
@Description("A page of organizations, ordered by name.")
public record OrganizationConnection(
        @NonNull @Description(PageRequest.EDGES_DESCRIPTION) List<@NonNull OrganizationEdge> edges,
        @NonNull @Description(PageRequest.PAGE_INFO_DESCRIPTION) PageInfo pageInfo) {
}

package org.tonghu.guardian;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.tonghu.graphql.PageInfo;
import org.tonghu.graphql.PageRequest;

/** A page of guardians, ordered by name. */
@Description("A page of guardians, ordered by name.")
public record GuardianConnection(
        @NonNull @Description(PageRequest.EDGES_DESCRIPTION) List<@NonNull GuardianEdge> edges,
        @NonNull @Description(PageRequest.PAGE_INFO_DESCRIPTION) PageInfo pageInfo) {
}

package org.tonghu.spotcheck;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;

import org.eclipse.microprofile.graphql.NonNull;
import org.tonghu.graphql.PageInfo;
import org.tonghu.graphql.PageRequest;

/** A page of file spot checks, the latest opened first. */
@Description("A page of file spot checks (抽查), the latest opened first.")
public record SpotCheckConnection(
        @NonNull @Description(PageRequest.EDGES_DESCRIPTION) List<@NonNull SpotCheckEdge> edges,
        @NonNull @Description(PageRequest.PAGE_INFO_DESCRIPTION) PageInfo pageInfo) {
}

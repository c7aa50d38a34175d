package org.tonghu.rehabilitation;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.tonghu.graphql.PageInfo;
import org.tonghu.graphql.PageRequest;

/** A page of rehabilitation steps. */
@Description("A page of rehabilitation steps.")
public record RehabilitationConnection(
        @NonNull @Description(PageRequest.EDGES_DESCRIPTION) List<@NonNull RehabilitationEdge> edges,
        @NonNull @Description(PageRequest.PAGE_INFO_DESCRIPTION) PageInfo pageInfo) {
}

package org.tonghu.director;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.tonghu.graphql.PageInfo;
import org.tonghu.graphql.PageRequest;

/** A page of directors' caseloads, by village code. */
@Description("A page of directors' caseloads, by village code.")
public record DirectorCaseloadConnection(
        @NonNull @Description(PageRequest.EDGES_DESCRIPTION) List<@NonNull DirectorCaseloadEdge> edges,
        @NonNull @Description(PageRequest.PAGE_INFO_DESCRIPTION) PageInfo pageInfo) {
}

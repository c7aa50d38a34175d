package org.tonghu.director;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.tonghu.graphql.PageRequest;

/** One director in a page of caseloads. */
@Description("One director in a page of caseloads.")
public record DirectorCaseloadEdge(
        @NonNull @Description(PageRequest.CURSOR_DESCRIPTION) String cursor,
        @NonNull @Description(PageRequest.NODE_DESCRIPTION) DirectorCaseloadView node) {
}

package org.tonghu.guardian;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.tonghu.graphql.PageRequest;

/** One guardian in a page of guardians. */
@Description("One guardian in a page of guardians.")
public record GuardianEdge(
        @NonNull @Description(PageRequest.CURSOR_DESCRIPTION) String cursor,
        @NonNull @Description(PageRequest.NODE_DESCRIPTION) GuardianView node) {
}

package org.tonghu.concern;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

/** Which concerns to list; every member narrows, none widens beyond the caller's jurisdiction. */
@Input("ConcernFilter")
@Description("Which concerns to list; every member narrows, none widens beyond your jurisdiction.")
public record ConcernFilter(
        @Description("Only children living under this region.") String regionCode,
        @Description("Only concerns in these states; default OPEN, IN_PROGRESS and REFERRED.")
        List<ConcernStatus> statuses) {
}

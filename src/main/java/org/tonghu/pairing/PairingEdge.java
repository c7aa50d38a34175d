package org.tonghu.pairing;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.tonghu.graphql.PageRequest;

/** One pairing in a page of pairings. */
@Description("One pairing in a page of pairings.")
public record PairingEdge(
        @NonNull @Description(PageRequest.CURSOR_DESCRIPTION) String cursor,
        @NonNull @Description(PageRequest.NODE_DESCRIPTION) PairingView node) {
}

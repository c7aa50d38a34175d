package org.tonghu.pairing;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.tonghu.graphql.PageInfo;
import org.tonghu.graphql.PageRequest;

/** A page of pairings, most urgent check-in first. */
@Description("A page of pairings, most urgent check-in first.")
public record PairingConnection(
        @NonNull @Description(PageRequest.EDGES_DESCRIPTION) List<@NonNull PairingEdge> edges,
        @NonNull @Description(PageRequest.PAGE_INFO_DESCRIPTION) PageInfo pageInfo) {
}

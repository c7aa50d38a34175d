package org.tonghu.pairing;

import java.util.List;

import org.eclipse.microprofile.graphql.NonNull;
import org.tonghu.graphql.PageInfo;

/** A page of pairings, most urgent check-in first. */
public record PairingConnection(@NonNull List<@NonNull PairingEdge> edges, @NonNull PageInfo pageInfo) {
}

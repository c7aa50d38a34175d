package org.tonghu.pairing;

import org.eclipse.microprofile.graphql.NonNull;

/** One pairing in a page of pairings. */
public record PairingEdge(@NonNull String cursor, @NonNull PairingView node) {
}

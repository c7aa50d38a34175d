package org.tonghu.guardian;

import org.eclipse.microprofile.graphql.NonNull;

/** One guardian in a page of guardians. */
public record GuardianEdge(@NonNull String cursor, @NonNull GuardianView node) {
}

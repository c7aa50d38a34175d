package org.tonghu.guardian;

import java.util.List;

import org.eclipse.microprofile.graphql.NonNull;
import org.tonghu.graphql.PageInfo;

/** A page of guardians, ordered by name. */
public record GuardianConnection(@NonNull List<@NonNull GuardianEdge> edges, @NonNull PageInfo pageInfo) {
}

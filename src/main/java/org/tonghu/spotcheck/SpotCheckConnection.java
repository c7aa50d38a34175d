package org.tonghu.spotcheck;

import java.util.List;

import org.eclipse.microprofile.graphql.NonNull;
import org.tonghu.graphql.PageInfo;

/** A page of file spot checks, the latest opened first. */
public record SpotCheckConnection(@NonNull List<@NonNull SpotCheckEdge> edges, @NonNull PageInfo pageInfo) {
}

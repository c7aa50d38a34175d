package org.tonghu.concern;

import java.util.List;

import org.eclipse.microprofile.graphql.NonNull;
import org.tonghu.graphql.PageInfo;

/** A page of concerns, latest raised first. */
public record ConcernConnection(@NonNull List<@NonNull ConcernEdge> edges, @NonNull PageInfo pageInfo) {
}

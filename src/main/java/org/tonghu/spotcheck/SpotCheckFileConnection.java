package org.tonghu.spotcheck;

import java.util.List;

import org.eclipse.microprofile.graphql.NonNull;
import org.tonghu.graphql.PageInfo;

/** A page of the files drawn by a spot check, by township and rank in the draw. */
public record SpotCheckFileConnection(@NonNull List<@NonNull SpotCheckFileEdge> edges, @NonNull PageInfo pageInfo) {
}

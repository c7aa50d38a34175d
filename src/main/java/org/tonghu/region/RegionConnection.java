package org.tonghu.region;

import java.util.List;

import org.eclipse.microprofile.graphql.NonNull;
import org.tonghu.graphql.PageInfo;

/** A page of regions, ordered by code. */
public record RegionConnection(@NonNull List<@NonNull RegionEdge> edges, @NonNull PageInfo pageInfo) {
}

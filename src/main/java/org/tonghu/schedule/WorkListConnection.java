package org.tonghu.schedule;

import java.util.List;

import org.eclipse.microprofile.graphql.NonNull;
import org.tonghu.graphql.PageInfo;

/** A page of a work list, most urgent first. */
public record WorkListConnection(@NonNull List<@NonNull WorkListEdge> edges, @NonNull PageInfo pageInfo) {
}

package org.tonghu.visit;

import java.util.List;

import org.eclipse.microprofile.graphql.NonNull;
import org.tonghu.graphql.PageInfo;

/** A page of a child's visits, latest first. */
public record VisitConnection(@NonNull List<@NonNull VisitEdge> edges, @NonNull PageInfo pageInfo) {
}

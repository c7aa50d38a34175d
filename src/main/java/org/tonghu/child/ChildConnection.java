package org.tonghu.child;

import java.util.List;

import org.eclipse.microprofile.graphql.NonNull;
import org.tonghu.graphql.PageInfo;

/** A page of children, ordered by name then id. */
public record ChildConnection(@NonNull List<@NonNull ChildEdge> edges, @NonNull PageInfo pageInfo) {
}

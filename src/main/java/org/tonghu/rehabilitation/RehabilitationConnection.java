package org.tonghu.rehabilitation;

import java.util.List;

import org.eclipse.microprofile.graphql.NonNull;
import org.tonghu.graphql.PageInfo;

/** A page of rehabilitation steps. */
public record RehabilitationConnection(@NonNull List<@NonNull RehabilitationEdge> edges, @NonNull PageInfo pageInfo) {
}

package org.tonghu.spotcheck;

import java.util.List;

import org.eclipse.microprofile.graphql.NonNull;
import org.tonghu.graphql.PageInfo;

/** A page of rectification tasks, the earliest deadline first. */
public record RectificationTaskConnection(@NonNull List<@NonNull RectificationTaskEdge> edges,
        @NonNull PageInfo pageInfo) {
}

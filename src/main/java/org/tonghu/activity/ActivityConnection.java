package org.tonghu.activity;

import java.util.List;

import org.eclipse.microprofile.graphql.NonNull;
import org.tonghu.graphql.PageInfo;

/** A page of activities, the latest first. */
public record ActivityConnection(@NonNull List<@NonNull ActivityEdge> edges, @NonNull PageInfo pageInfo) {
}

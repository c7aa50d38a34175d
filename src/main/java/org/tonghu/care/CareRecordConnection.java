package org.tonghu.care;

import java.util.List;

import org.eclipse.microprofile.graphql.NonNull;
import org.tonghu.graphql.PageInfo;

/** A page of a child's care records, latest first. */
public record CareRecordConnection(@NonNull List<@NonNull CareRecordEdge> edges, @NonNull PageInfo pageInfo) {
}

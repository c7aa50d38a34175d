package org.tonghu.harbor;

import java.util.List;

import org.eclipse.microprofile.graphql.NonNull;
import org.tonghu.graphql.PageInfo;

/** A page of Tongxin Harbor sites, ordered by village code. */
public record HarborSiteConnection(@NonNull List<@NonNull HarborSiteEdge> edges, @NonNull PageInfo pageInfo) {
}

package org.tonghu.director;

import java.util.List;

import org.eclipse.microprofile.graphql.NonNull;
import org.tonghu.graphql.PageInfo;

/** A page of directors' caseloads, by village code. */
public record DirectorCaseloadConnection(@NonNull List<@NonNull DirectorCaseloadEdge> edges,
        @NonNull PageInfo pageInfo) {
}

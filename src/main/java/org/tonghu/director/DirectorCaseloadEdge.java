package org.tonghu.director;

import org.eclipse.microprofile.graphql.NonNull;

/** One director in a page of caseloads. */
public record DirectorCaseloadEdge(@NonNull String cursor, @NonNull DirectorCaseloadView node) {
}

package org.tonghu.care;

import org.eclipse.microprofile.graphql.NonNull;

/** One care record in a page of care records. */
public record CareRecordEdge(@NonNull String cursor, @NonNull CareRecordView node) {
}

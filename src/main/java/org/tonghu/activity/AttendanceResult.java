package org.tonghu.activity;

import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** What recording attendance did. */
@Type("AttendanceResult")
public record AttendanceResult(@NonNull ActivityView activity, @NonNull int childrenAdded,
        @NonNull int guardiansAdded) {
}

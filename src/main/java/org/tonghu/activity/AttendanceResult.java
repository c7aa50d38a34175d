package org.tonghu.activity;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** What recording attendance did. */
@Type("AttendanceResult")
public record AttendanceResult(@NonNull ActivityView activity,
        @NonNull @Description("Children newly recorded, those linked to a file and those named by ID number who match "
                + "no child your organization may reach (counted, not linked) alike.") int childrenAdded,
        @NonNull int guardiansAdded) {
}

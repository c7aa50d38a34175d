package org.tonghu.activity;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** What recording attendance did. */
@Type("AttendanceResult")
@Description("The activity after attendance was recorded, and how many attendees were added.")
public record AttendanceResult(
        @NonNull @Description("The activity with its attendance counts updated.") ActivityView activity,
        @NonNull @Description("Children newly recorded, those linked to a file and those named by ID number who "
                + "match no child your organization may reach (counted, not linked) alike.") int childrenAdded,
        @NonNull @Description("Guardians newly recorded as attending.") int guardiansAdded) {
}

package org.tonghu.activity;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** An activity as the graph shows it. */
@Type("Activity")
@Description("An activity or event (活动): a Tongxin Harbor event, safety, legal or family education, ...")
public record ActivityView(
        @NonNull @Id String id,
        @NonNull @Id String organizationId,
        @NonNull ActivityKind kind,
        @NonNull List<@NonNull SafetyTopic> safetyTopics,
        @NonNull String title,
        @NonNull PlaceKind placeKind,
        @Id String harborSiteId,
        @Id String schoolId,
        @NonNull @Description("Where it took place: the village, or the region of the school or site.")
        String regionCode,
        String placeNote,
        @NonNull OffsetDateTime startsAt,
        @NonNull OffsetDateTime endsAt,
        @NonNull double classHours,
        @Id String vicePrincipalId,
        String staffNames,
        @NonNull ActivityStatus status,
        String report,
        String cancelReason,
        @NonNull int childAttendees,
        @NonNull int guardianAttendees,
        @NonNull @Description("Pass as expectedVersion when changing the status.") int version) {
}

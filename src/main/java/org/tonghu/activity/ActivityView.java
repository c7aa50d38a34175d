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
        @NonNull @Id @Description("The activity's ID.") String id,
        @NonNull @Id @Description("The organization that runs it.") String organizationId,
        @NonNull @Description("What kind of activity it is.") ActivityKind kind,
        @NonNull @Description("The safety topics covered (SAFETY_EDUCATION and HOLIDAY_SAFETY_LECTURE); empty "
                + "otherwise.") List<@NonNull SafetyTopic> safetyTopics,
        @NonNull @Description("Its title.") String title,
        @NonNull @Description("What kind of place it is held at.") PlaceKind placeKind,
        @Id @Description("The Tongxin Harbor site, for HARBOR_SITE.") String harborSiteId,
        @Id @Description("The school (an organization of kind SCHOOL), for SCHOOL.") String schoolId,
        @NonNull @Description("Where it took place: the village, or the region of the school or site.")
        String regionCode,
        @Description("A note on the place, up to 200 characters.") String placeNote,
        @NonNull OffsetDateTime startsAt,
        @NonNull OffsetDateTime endsAt,
        @NonNull @Description("Class hours given (课时), 0.5 to 100; a vice-principal's LEGAL_EDUCATION hours count "
                + "toward their 4 a year.") double classHours,
        @Id @Description("The rule-of-law vice-principal who taught it, if any.") String vicePrincipalId,
        @Description("Staff who served, as free text.") String staffNames,
        @NonNull @Description("Where it stands.") ActivityStatus status,
        @Description("The report written when it was marked REPORTED.") String report,
        @Description("Why it was cancelled, when CANCELLED.") String cancelReason,
        @NonNull @Description("How many children attended, as recorded.") int childAttendees,
        @NonNull @Description("How many guardians attended, as recorded.") int guardianAttendees,
        @NonNull @Description("Pass as expectedVersion when changing the status.") int version) {
}

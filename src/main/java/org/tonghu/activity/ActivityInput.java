package org.tonghu.activity;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** An activity to plan; the organizing organization is yours. */
@Input("ActivityInput")
@Description("An activity of your organization to plan: what, where and when.")
public record ActivityInput(
        @NonNull @Description("What kind of activity it is.") ActivityKind kind,
        @NonNull @Description("Up to 100 characters.") String title,
        @DefaultValue("[]") @Description("Required for SAFETY_EDUCATION; allowed for HOLIDAY_SAFETY_LECTURE.")
        List<@NonNull SafetyTopic> safetyTopics,
        @NonNull @Description("What kind of place it is held at; decides which of harborSiteId, schoolId, "
                + "regionCode apply.") PlaceKind placeKind,
        @Id @Description("For HARBOR_SITE.") String harborSiteId,
        @Id @Description("For SCHOOL: an organization of kind SCHOOL.") String schoolId,
        @Description("For VILLAGE: the village; for OTHER: the region it takes place in.") String regionCode,
        @Description("Up to 200 characters.") String placeNote,
        @NonNull @Description("When it starts, with its UTC offset.") OffsetDateTime startsAt,
        @NonNull @Description("When it ends; after startsAt.") OffsetDateTime endsAt,
        @NonNull @Description("Class hours given, 0.5 to 100.") double classHours,
        @Id @Description("The rule-of-law vice-principal who taught it (LEGAL_EDUCATION at their school).")
        String vicePrincipalId,
        @DefaultValue("[]") @Description("Volunteers of your organization who served.")
        List<@NonNull String> volunteerIds,
        @Description("Staff who served (up to 500 characters).") String staffNames) {
}

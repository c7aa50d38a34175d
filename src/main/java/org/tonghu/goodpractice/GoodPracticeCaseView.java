package org.tonghu.goodpractice;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/**
 * A good-practice case as the graph shows it. A published case shows to everyone what it says and its results and
 * photos; the review (score, comments) and the photos' consents are shown only to those who keep or review it.
 */
@Type("GoodPracticeCase")
@Description("A good-practice case (优秀案例) of the plan's actions.")
public record GoodPracticeCaseView(
        @NonNull @Description("The case's ID.") @Id String id,
        @NonNull @Description("The collection round (征集) it belongs to.") int year,
        @NonNull @Description("Its title, up to 100 characters.") String title,
        @NonNull @Description("Where it took place.") String regionCode,
        @NonNull @Description("The name of that region.") String regionName,
        @NonNull @Description("The action of the plan it belongs to.") PlanAction planAction,
        @NonNull @Description("A summary, up to 500 characters.") String summary,
        @NonNull @Description("The story, up to 10000 characters.") String story,
        @NonNull @Description("Its results with figures, in order.") List<@NonNull GoodPracticeResultView> results,
        @NonNull @Description("The organizations that did the work.")
        List<@NonNull GoodPracticeOrganizationView> organizations,
        @NonNull @Description("Its photos, by number.") List<@NonNull GoodPracticePhotoView> photos,
        @NonNull @Description("Where it stands.") GoodPracticeState state,
        @Description("The organization that drafted it (a partner's case).") @Id String ownerOrganizationId,
        @Description("The civil-affairs office that drafted it: its jurisdiction.") String ownerRegionCode,
        @Description("Who drafted it; those who keep or review it only.") String draftedByName,
        OffsetDateTime submittedAt,
        OffsetDateTime recommendedAt,
        @Description("The city's comment on recommending; those who keep or review it only.")
        String recommendationComment,
        @Description("The province's score, 0 to 100; those who keep or review it only.") Integer score,
        @Description("The province's comments; those who keep or review it only.") String reviewComment,
        @Description("Why it was last returned; those who keep or review it only.") String returnComment,
        OffsetDateTime publishedAt,
        @NonNull @Description("Whether you may edit it and submit it (its drafters, while DRAFT or RETURNED).")
        boolean editable,
        @NonNull @Description("The steps you may take on it now: SUBMIT, RECOMMEND, SELECT, PUBLISH, RETURN.")
        List<@NonNull String> actions,
        @NonNull @Description("Pass as expectedVersion when changing it.") int version) {
}

package org.tonghu.goodpractice;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * A case to draft or to save again. Its texts hold no personal data of children: national ID numbers, phone numbers
 * and the names of the children registered in its region are refused.
 */
@Input("GoodPracticeCaseInput")
@Description("A good-practice case (优秀案例) to draft or to save again. Its texts hold no personal data of "
        + "children: national ID numbers, phone numbers and the names of the children registered in its region are "
        + "refused.")
public record GoodPracticeCaseInput(
        @Description("The collection round; default the current year's. Only when drafting.") Integer year,
        @NonNull @Description("Up to 100 characters.") String title,
        @NonNull @Description("Where it took place: a region of your jurisdiction (officers) or your organization's.")
        String regionCode,
        @NonNull @Description("The action of the plan it belongs to.") PlanAction planAction,
        @NonNull @Description("Up to 500 characters.") String summary,
        @NonNull @Description("The story, up to 10000 characters.") String story,
        @Description("Results with figures, in order; at most 20.") List<@NonNull GoodPracticeResultInput> results,
        @Description("The organizations that did the work; at most 20.") List<@NonNull String> organizationIds) {
}

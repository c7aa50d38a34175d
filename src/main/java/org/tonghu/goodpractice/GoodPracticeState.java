package org.tonghu.goodpractice;

import org.eclipse.microprofile.graphql.Description;

/** Where a good-practice case stands: DRAFT, SUBMITTED, RECOMMENDED, SELECTED, PUBLISHED, or RETURNED. */
@Description("Where a good-practice case (优秀案例) stands.")
public enum GoodPracticeState {
    @Description("Being written by its drafters.")
    DRAFT,
    @Description("Submitted to the city, which recommends it or returns it.")
    SUBMITTED,
    @Description("Recommended to the province, which selects it or returns it.")
    RECOMMENDED,
    @Description("Returned with comments to its drafters, who edit it and submit it again.")
    RETURNED,
    @Description("Selected and scored by the province, to be published.")
    SELECTED,
    @Description("Published: readable by every signed-in user and on the public page.")
    PUBLISHED
}

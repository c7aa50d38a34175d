package org.tonghu.goodpractice;

import org.eclipse.microprofile.graphql.Description;

/** Which good-practice cases a list shows. */
@Description("Which good-practice cases a list shows.")
public enum GoodPracticeListing {
    @Description("Every case you may see: your office's or organization's, those past drafting in your jurisdiction, "
            + "and published ones.")
    ALL,
    @Description("The cases your office or organization drafted.")
    MINE,
    @Description("The cases waiting for your step: the city's SUBMITTED, the province's RECOMMENDED and SELECTED.")
    TO_REVIEW,
    @Description("Published cases.")
    PUBLISHED
}

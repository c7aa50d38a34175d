package org.tonghu.goodpractice;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** A yearly collection round as the graph shows it. */
@Type("GoodPracticeRound")
@Description("A yearly collection round (征集) of good-practice cases.")
public record GoodPracticeRoundView(
        @NonNull @Description("The round's year; one round a year.") int year,
        @NonNull @Description("The last day cases may be submitted.") LocalDate deadline,
        @NonNull @Description("Whether cases may still be submitted (today is not after the deadline).") boolean open,
        @NonNull @Description("Pass as expectedVersion when changing the deadline.") int version) {

    static GoodPracticeRoundView of(GoodPracticeRound round, LocalDate today) {
        return new GoodPracticeRoundView(round.year, round.deadline, !today.isAfter(round.deadline),
                (int) round.version);
    }
}

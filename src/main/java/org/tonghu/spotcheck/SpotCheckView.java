package org.tonghu.spotcheck;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** A file spot check as the graph shows it. */
@Type("SpotCheck")
@Description("A file spot check (抽查, policy §9) of a county or city for a year: files drawn per township with a "
        + "recorded seed, so that anyone can re-run the draw (spotCheckRedraw) and get the same sample.")
public record SpotCheckView(
        @NonNull @Description("The spot check's ID.") @Id String id,
        @NonNull @Description("The county or city checked.") String regionCode,
        @NonNull @Description("The name of that region.") String regionName,
        @NonNull @Description("The year checked; one check per region and year.") int year,
        @NonNull @Description("Files drawn per township (a township with fewer children gives all).")
        int filesPerTownship,
        @NonNull @Description("The seed of the draw: each township's open files are ordered by md5(seed || child id) "
                + "and the first filesPerTownship taken.") String seed,
        @NonNull @Description("The day whose open files were drawn from (the children in care that day): the day "
                + "before the check was opened, so that no file registered later changes the draw.")
        LocalDate populationOn,
        @NonNull @Description("Who opened the check.") String openedByName,
        @NonNull OffsetDateTime openedAt,
        @NonNull @Description("How many files the draw gave.") int filesDrawn,
        @NonNull @Description("How many of them are scored so far.") int filesScored,
        @NonNull @Description("The record's version; pass it as expectedVersion.") int version) {
}

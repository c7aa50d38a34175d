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
        @NonNull @Id String id,
        @NonNull String regionCode,
        @NonNull String regionName,
        @NonNull int year,
        @NonNull @Description("Files drawn per township (a township with fewer children gives all).")
        int filesPerTownship,
        @NonNull @Description("The seed of the draw: each township's open files are ordered by md5(seed || child id) "
                + "and the first filesPerTownship taken.") String seed,
        @NonNull @Description("The day whose open files were drawn from (the children in care that day): the day "
                + "before the check was opened, so that no file registered later changes the draw.")
        LocalDate populationOn,
        @NonNull String openedByName,
        @NonNull OffsetDateTime openedAt,
        @NonNull int filesDrawn,
        @NonNull int filesScored,
        @NonNull int version) {
}

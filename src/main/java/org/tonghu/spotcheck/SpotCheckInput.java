package org.tonghu.spotcheck;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** A spot check to open. */
@Input("SpotCheckInput")
@Description("A spot check to open: a county or city of your jurisdiction and a year (one check per region and "
        + "year). filesPerTownship: default tonghu.spotcheck.files-per-township, at most "
        + "tonghu.spotcheck.max-files-per-township. seed: 1 to 64 letters, digits, '-' or '_'; generated if absent.")
public record SpotCheckInput(
        @NonNull @Description("The county or city to check (REGION_LEVEL_NOT_ALLOWED otherwise), of your "
                + "jurisdiction.") String regionCode,
        @NonNull @Description("The year checked: 2015 to this year (YEAR_OUT_OF_RANGE).") int year,
        @Description("Files to draw per township: default tonghu.spotcheck.files-per-township, at most "
                + "tonghu.spotcheck.max-files-per-township (FILES_PER_TOWNSHIP_OUT_OF_RANGE).")
        Integer filesPerTownship,
        @Description("The seed of the draw: 1 to 64 letters, digits, '-' or '_' (SEED_INVALID); generated if "
                + "absent.") String seed) {
}

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
        @NonNull String regionCode,
        @NonNull int year,
        Integer filesPerTownship,
        String seed) {
}

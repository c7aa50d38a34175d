package org.tonghu.openstatistics;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The period of open statistics: a year ({@code 2025}) or a quarter of one ({@code 2025-Q3}). */
record StatisticsPeriod(int year, Integer quarter) {

    static final int FIRST_YEAR = 2000;
    private static final Pattern FORMAT = Pattern.compile("(\\d{4})(?:-Q([1-4]))?");

    /** The period a text names, if it names one from {@value #FIRST_YEAR} on. */
    static Optional<StatisticsPeriod> parse(String text) {
        Matcher matcher = FORMAT.matcher(text == null ? "" : text.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(matcher.group(1));
        if (year < FIRST_YEAR) {
            return Optional.empty();
        }
        return Optional.of(new StatisticsPeriod(year, matcher.group(2) == null ? null
                : Integer.valueOf(matcher.group(2))));
    }

    LocalDate start() {
        return quarter == null ? LocalDate.of(year, 1, 1) : LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
    }

    LocalDate end() {
        return quarter == null ? LocalDate.of(year, 12, 31) : start().plusMonths(3).minusDays(1);
    }

    /** The day counted: the period's last day, or today while the period runs. */
    LocalDate asOf(LocalDate today) {
        return end().isAfter(today) ? today : end();
    }

    String label() {
        return quarter == null ? Integer.toString(year) : year + "-Q" + quarter;
    }
}

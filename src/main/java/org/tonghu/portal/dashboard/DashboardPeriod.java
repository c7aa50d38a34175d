package org.tonghu.portal.dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.tonghu.schedule.ReportPeriodInput;

/**
 * The period a dashboard's period-bound tables cover: a month ({@code 2026-11}), a quarter ({@code 2026-Q4}) or a year
 * ({@code 2026}), as the {@code period} query parameter spells it.
 */
public record DashboardPeriod(int year, Integer month, Integer quarter) {

    private static final Pattern FORMAT = Pattern.compile("(\\d{4})(?:-(\\d{2})|-Q([1-4]))?");

    /** The period a query parameter names, if it is well formed and has started by {@code today}. */
    static Optional<DashboardPeriod> parse(String text, LocalDate today) {
        Matcher matcher = FORMAT.matcher(text.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(matcher.group(1));
        Integer month = matcher.group(2) == null ? null : Integer.valueOf(matcher.group(2));
        Integer quarter = matcher.group(3) == null ? null : Integer.valueOf(matcher.group(3));
        if (year < 2000 || (month != null && (month < 1 || month > 12))) {
            return Optional.empty();
        }
        DashboardPeriod period = new DashboardPeriod(year, month, quarter);
        return period.start().isAfter(today) ? Optional.empty() : Optional.of(period);
    }

    /** Last month: what the dashboard shows when no period is chosen. */
    static DashboardPeriod lastMonth(LocalDate today) {
        LocalDate day = today.minusMonths(1);
        return new DashboardPeriod(day.getYear(), day.getMonthValue(), null);
    }

    /** The periods offered: the last 12 months, the quarters of this year and last year, and the last three years. */
    static List<DashboardPeriod> choices(LocalDate today) {
        List<DashboardPeriod> choices = new ArrayList<>();
        for (int back = 0; back < 12; back++) {
            LocalDate day = today.minusMonths(back);
            choices.add(new DashboardPeriod(day.getYear(), day.getMonthValue(), null));
        }
        for (int year = today.getYear(); year >= today.getYear() - 1; year--) {
            for (int quarter = 4; quarter >= 1; quarter--) {
                DashboardPeriod period = new DashboardPeriod(year, null, quarter);
                if (!period.start().isAfter(today)) {
                    choices.add(period);
                }
            }
        }
        for (int back = 0; back < 3; back++) {
            choices.add(new DashboardPeriod(today.getYear() - back, null, null));
        }
        return choices;
    }

    /** The query parameter's spelling. */
    public String value() {
        return month != null ? "%d-%02d".formatted(year, month) : quarter != null ? year + "-Q" + quarter
                : String.valueOf(year);
    }

    /** MONTH, QUARTER or YEAR. */
    public String kind() {
        return month != null ? "MONTH" : quarter != null ? "QUARTER" : "YEAR";
    }

    public LocalDate start() {
        return month != null ? LocalDate.of(year, month, 1)
                : quarter != null ? LocalDate.of(year, (quarter - 1) * 3 + 1, 1) : LocalDate.of(year, 1, 1);
    }

    public LocalDate end() {
        return start().plusMonths(month != null ? 1 : quarter != null ? 3 : 12).minusDays(1);
    }

    /** The last day that counts: the period's end, or today for a period in progress. */
    LocalDate countedThrough(LocalDate today) {
        return end().isBefore(today) ? end() : today;
    }

    ReportPeriodInput input() {
        return new ReportPeriodInput(year, month, quarter);
    }
}

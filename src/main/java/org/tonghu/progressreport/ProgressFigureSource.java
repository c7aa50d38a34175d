package org.tonghu.progressreport;

import java.time.LocalDate;
import java.util.List;

import org.tonghu.regioncode.RegionCode;

/**
 * A part of the annual progress report compiled from a feature's data: implemented by a small bean in the feature
 * that owns the data (children, visits, staffing, training, pairings, events, rehabilitation, referrals, mandatory
 * reports, placements, and later spot checks, good-practice cases, benefits, school returns), found by the report
 * through CDI. A source counts with the calling officer's scope, in one aggregate statement per region (a county holds
 * some 100,000 children, the province a million).
 */
public interface ProgressFigureSource {

    /** Where the source's figures stand in the report (lower first; the built-in sources use 10, 20, ... 100). */
    int order();

    /**
     * The figures of a county or city of the caller's jurisdiction for a year, counted from 1 January through
     * {@code through} (the year's end, or today while the year runs). Keys are unique across sources.
     */
    List<ProgressFigure> figures(RegionCode region, int year, LocalDate through);
}

package org.tonghu.progressreport;

import java.util.List;

/**
 * A city report's figure opened by county: each county report's value in the version the city's figure sums, and
 * their total, which is the city's figure.
 *
 * @param versionNumber the city report's version the counties come from, or null when they are those standing now
 *            (a draft or returned city report)
 */
public record ProgressFigureByCounty(String reportId, String regionName, int year, String key, Integer versionNumber,
        long total, List<CountyFigure> counties) {

    /** One county's value in its report's version, and the list behind it (the county's own figure's link). */
    public record CountyFigure(String regionCode, String regionName, String reportId, int versionNumber, long value,
            String list) {
    }
}

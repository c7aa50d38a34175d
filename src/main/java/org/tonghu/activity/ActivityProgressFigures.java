package org.tonghu.activity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.tonghu.progressreport.ProgressFigure;
import org.tonghu.progressreport.ProgressFigureSource;
import org.tonghu.regioncode.RegionCode;
import java.util.Map;

/** The annual progress report's events held in the year and their attendance. */
@ApplicationScoped
class ActivityProgressFigures implements ProgressFigureSource {

    private final ActivityService activities;

    ActivityProgressFigures(ActivityService activities) {
        this.activities = activities;
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public List<ProgressFigure> figures(RegionCode region, int year, LocalDate through) {
        Map<String, ActivityService.EventTotals> totals = activities.countEventsByRegion(region.value(),
                LocalDate.of(year, 1, 1), through);
        String list = "/portal/dashboard?region=" + region.value() + "&period=" + year;
        List<ProgressFigure> figures = new ArrayList<>();
        figures.add(new ProgressFigure("activities.events",
                totals.values().stream().mapToLong(ActivityService.EventTotals::events).sum(), list + "#total-events"));
        figures.add(new ProgressFigure("activities.attendance",
                totals.values().stream().mapToLong(ActivityService.EventTotals::attendance).sum(),
                list + "#total-attendance"));
        return figures;
    }
}

package org.tonghu.placement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.tonghu.progressreport.ProgressFigure;
import org.tonghu.progressreport.ProgressFigureSource;
import org.tonghu.regioncode.RegionCode;


/** The annual progress report's temporary custody placements: started in the year, open at its end. */
@ApplicationScoped
class PlacementProgressFigures implements ProgressFigureSource {

    private final PlacementService placements;

    PlacementProgressFigures(PlacementService placements) {
        this.placements = placements;
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public List<ProgressFigure> figures(RegionCode region, int year, LocalDate through) {
        long[] counts = placements.countStartedAndOpen(region.value(), LocalDate.of(year, 1, 1), through);
        List<ProgressFigure> figures = new ArrayList<>();
        String list = "/portal/placements?region=" + region.value();
        figures.add(new ProgressFigure("placements.started", counts[0], list + "&startedIn=" + year));
        figures.add(new ProgressFigure("placements.open", counts[1], list + "&openAtEndOf=" + year));
        return figures;
    }
}

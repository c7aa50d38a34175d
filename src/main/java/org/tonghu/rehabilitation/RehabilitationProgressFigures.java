package org.tonghu.rehabilitation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.tonghu.progressreport.ProgressFigure;
import org.tonghu.progressreport.ProgressFigureSource;
import org.tonghu.regioncode.RegionCode;


/** The annual progress report's rehabilitation services started in the year. */
@ApplicationScoped
class RehabilitationProgressFigures implements ProgressFigureSource {

    private final RehabilitationService rehabilitation;

    RehabilitationProgressFigures(RehabilitationService rehabilitation) {
        this.rehabilitation = rehabilitation;
    }

    @Override
    public int order() {
        return 70;
    }

    @Override
    public List<ProgressFigure> figures(RegionCode region, int year, LocalDate through) {
        long services = rehabilitation.countServicesByRegion(region.value(), LocalDate.of(year, 1, 1), through)
                .values().stream().mapToLong(Integer::longValue).sum();
        List<ProgressFigure> figures = new ArrayList<>();
        figures.add(new ProgressFigure("rehabilitation.services", services, "/portal/dashboard?region="
                + region.value() + "&period=" + year + "#total-rehabilitation"));
        return figures;
    }
}

package org.tonghu.protection;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.tonghu.progressreport.ProgressFigure;
import org.tonghu.progressreport.ProgressFigureSource;
import org.tonghu.regioncode.RegionCode;


/** The annual progress report's mandatory reports filed in the year. */
@ApplicationScoped
class ProtectionProgressFigures implements ProgressFigureSource {

    private final ProtectionReportService reports;

    ProtectionProgressFigures(ProtectionReportService reports) {
        this.reports = reports;
    }

    @Override
    public int order() {
        return 90;
    }

    @Override
    public List<ProgressFigure> figures(RegionCode region, int year, LocalDate through) {
        List<ProgressFigure> figures = new ArrayList<>();
        figures.add(new ProgressFigure("protection.reportsFiled",
                reports.countReportsFiled(region.value(), LocalDate.of(year, 1, 1), through),
                "/portal/reports?region=" + region.value() + "&year=" + year));
        return figures;
    }
}

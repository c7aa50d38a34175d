package org.tonghu.director;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.tonghu.progressreport.ProgressFigure;
import org.tonghu.progressreport.ProgressFigureSource;
import org.tonghu.regioncode.RegionCode;


/** The annual progress report's director staffing of the villages (as of today). */
@ApplicationScoped
class StaffingProgressFigures implements ProgressFigureSource {

    private final DirectorReportService directors;

    StaffingProgressFigures(DirectorReportService directors) {
        this.directors = directors;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public List<ProgressFigure> figures(RegionCode region, int year, LocalDate through) {
        String code = region.value();
        StaffingRow total = directors.directorStaffing(code).total();
        List<ProgressFigure> figures = new ArrayList<>();
        figures.add(new ProgressFigure("staffing.villages", total.villages(), "/portal/dashboard/villages?region="
                + code));
        figures.add(new ProgressFigure("staffing.withoutDirector", total.villagesWithoutDirector(),
                "/portal/dashboard/villages?region=" + code + "&gap=" + StaffingGap.NO_DIRECTOR.name()));
        figures.add(new ProgressFigure("staffing.needingMoreDirectors", total.villagesNeedingMoreDirectors(),
                "/portal/dashboard/villages?region=" + code + "&gap=" + StaffingGap.NEEDS_MORE_DIRECTORS.name()));
        return figures;
    }
}

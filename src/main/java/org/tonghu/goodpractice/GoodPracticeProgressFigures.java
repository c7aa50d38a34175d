package org.tonghu.goodpractice;

import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.tonghu.progressreport.ProgressFigure;
import org.tonghu.progressreport.ProgressFigureSource;
import org.tonghu.regioncode.RegionCode;

/** The annual progress report's good-practice cases (优秀案例) of the year's round under the region. */
@ApplicationScoped
class GoodPracticeProgressFigures implements ProgressFigureSource {

    private final GoodPracticeService cases;

    GoodPracticeProgressFigures(GoodPracticeService cases) {
        this.cases = cases;
    }

    @Override
    public int order() {
        return 120;
    }

    @Override
    public List<ProgressFigure> figures(RegionCode region, int year, LocalDate through) {
        GoodPracticeCounts counts = cases.countCases(region.scopePrefix(), year);
        String list = "/portal/cases?region=" + region.value() + "&year=" + year + "&stage=";
        return List.of(
                new ProgressFigure("cases.submitted", counts.submittedOrFurther(), list + "SUBMITTED"),
                new ProgressFigure("cases.recommended", counts.recommended() + counts.selected() + counts.published(),
                        list + "RECOMMENDED"),
                new ProgressFigure("cases.published", counts.published(), list + "PUBLISHED"));
    }
}

package org.tonghu.training;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.tonghu.progressreport.ProgressFigure;
import org.tonghu.progressreport.ProgressFigureSource;
import org.tonghu.regioncode.RegionCode;


/** The annual progress report's training coverage of directors and supervisors in the year. */
@ApplicationScoped
class TrainingProgressFigures implements ProgressFigureSource {

    private final TrainingService training;

    TrainingProgressFigures(TrainingService training) {
        this.training = training;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public List<ProgressFigure> figures(RegionCode region, int year, LocalDate through) {
        String code = region.value();
        TrainingCoverageRow total = training.trainingCoverage(code, year).total();
        String list = "/portal/dashboard?region=" + code + "&period=" + year;
        List<ProgressFigure> figures = new ArrayList<>();
        figures.add(new ProgressFigure("training.appointed", total.appointed(), list + "#total-appointed"));
        figures.add(new ProgressFigure("training.trained", total.trained(), list + "#total-trained"));
        return figures;
    }
}

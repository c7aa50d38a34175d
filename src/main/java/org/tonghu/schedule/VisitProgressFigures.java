package org.tonghu.schedule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.tonghu.progressreport.ProgressFigure;
import org.tonghu.progressreport.ProgressFigureSource;
import org.tonghu.regioncode.RegionCode;


/** The annual progress report's visit compliance over the year (the dashboard's figures). */
@ApplicationScoped
class VisitProgressFigures implements ProgressFigureSource {

    private final ComplianceService compliance;

    VisitProgressFigures(ComplianceService compliance) {
        this.compliance = compliance;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public List<ProgressFigure> figures(RegionCode region, int year, LocalDate through) {
        String code = region.value();
        ComplianceRow total = compliance.visitCompliance(code, new ReportPeriodInput(year, null, null)).total();
        String list = "/portal/dashboard/children?region=" + code + "&period=" + year + "&figure=";
        List<ProgressFigure> figures = new ArrayList<>();
        figures.add(new ProgressFigure("visits.children", total.children(), list + ComplianceFigure.CHILDREN.name()));
        figures.add(new ProgressFigure("visits.contactOnTime", total.contactOnTime(),
                list + ComplianceFigure.CONTACT_ON_TIME.name()));
        figures.add(new ProgressFigure("visits.contactOverdue", total.contactOverdue(),
                list + ComplianceFigure.CONTACT_OVERDUE.name()));
        figures.add(new ProgressFigure("visits.homeVisitOnTime", total.homeVisitOnTime(),
                list + ComplianceFigure.HOME_VISIT_ON_TIME.name()));
        figures.add(new ProgressFigure("visits.homeVisitOverdue", total.homeVisitOverdue(),
                list + ComplianceFigure.HOME_VISIT_OVERDUE.name()));
        figures.add(new ProgressFigure("visits.neverVisited", total.neverVisited(),
                list + ComplianceFigure.NEVER_VISITED.name()));
        return figures;
    }
}

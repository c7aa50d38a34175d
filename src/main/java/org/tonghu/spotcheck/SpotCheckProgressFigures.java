package org.tonghu.spotcheck;

import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.tonghu.progressreport.ProgressFigure;
import org.tonghu.progressreport.ProgressFigureSource;
import org.tonghu.regioncode.RegionCode;

/** The annual progress report's file spot checks (抽查, §9): files checked and passed, items failed, rectification. */
@ApplicationScoped
class SpotCheckProgressFigures implements ProgressFigureSource {

    /** The portal's spot checks: the lists behind the figures are its files and tasks of a year under a region. */
    static final String LIST = "/portal/spot-checks";

    private final SpotCheckService spotChecks;

    SpotCheckProgressFigures(SpotCheckService spotChecks) {
        this.spotChecks = spotChecks;
    }

    @Override
    public int order() {
        return 110;
    }

    @Override
    public List<ProgressFigure> figures(RegionCode region, int year, LocalDate through) {
        SpotCheckSummary summary = spotChecks.summarize(region.scopePrefix(), year);
        String list = LIST + "/files?region=" + region.value() + "&year=" + year + "&figure=";
        String tasks = LIST + "/tasks?region=" + region.value() + "&year=" + year + "&filter=";
        return List.of(
                new ProgressFigure("spotchecks.files", summary.filesChecked(), list + SpotCheckFigure.SCORED),
                new ProgressFigure("spotchecks.passed", summary.filesPassed(), list + SpotCheckFigure.PASSED),
                new ProgressFigure("spotchecks.failedItems", summary.failedItems(),
                        list + SpotCheckFigure.FAILED_ITEMS),
                new ProgressFigure("spotchecks.tasksOpen", summary.openTasks(), tasks + "NOT_CONFIRMED"),
                new ProgressFigure("spotchecks.tasksClosed", summary.closedTasks(), tasks + "CONFIRMED"));
    }
}

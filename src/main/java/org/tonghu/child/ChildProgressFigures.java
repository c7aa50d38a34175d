package org.tonghu.child;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.tonghu.progressreport.ProgressFigure;
import org.tonghu.progressreport.ProgressFigureSource;
import org.tonghu.regioncode.RegionCode;
import java.util.Map;

/** The annual progress report's children: in care by category now, registered and files closed in the year. */
@ApplicationScoped
class ChildProgressFigures implements ProgressFigureSource {

    private final ChildService children;

    ChildProgressFigures(ChildService children) {
        this.children = children;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public List<ProgressFigure> figures(RegionCode region, int year, LocalDate through) {
        String code = region.value();
        Map<ChildCategory, Long> counts = children.countByCategory(code);
        List<ProgressFigure> figures = new ArrayList<>();
        long[] changes = children.countRegisteredAndClosed(code, LocalDate.of(year, 1, 1), through);
        figures.add(new ProgressFigure("children.total", changes[0], "/portal/children?regionCode=" + code));
        for (ChildCategory category : ChildCategory.values()) {
            figures.add(new ProgressFigure("children.category." + category.name(), counts.getOrDefault(category, 0L),
                    "/portal/children?regionCode=" + code + "&category=" + category.name()));
        }
        figures.add(new ProgressFigure("children.registered", changes[1],
                "/portal/children?regionCode=" + code + "&registeredIn=" + year));
        figures.add(new ProgressFigure("children.closed", changes[2],
                "/portal/children?regionCode=" + code + "&closedIn=" + year));
        return figures;
    }
}

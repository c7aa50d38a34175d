package org.tonghu.pairing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.tonghu.progressreport.ProgressFigure;
import org.tonghu.progressreport.ProgressFigureSource;
import org.tonghu.regioncode.RegionCode;


/** The annual progress report's pairings: active at the end of the year (or today). */
@ApplicationScoped
class PairingProgressFigures implements ProgressFigureSource {

    private final PairingService pairings;

    PairingProgressFigures(PairingService pairings) {
        this.pairings = pairings;
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public List<ProgressFigure> figures(RegionCode region, int year, LocalDate through) {
        long active = pairings.countActivePairingsByRegion(region.value(), through).values().stream()
                .mapToLong(Integer::longValue).sum();
        List<ProgressFigure> figures = new ArrayList<>();
        String totals = "/portal/dashboard?region=" + region.value() + "&period=" + year;
        figures.add(new ProgressFigure("pairings.active", active, totals + "#total-pairings"));
        long checkIns = pairings.countCheckIns(region.value(), LocalDate.of(year, 1, 1), through);
        figures.add(new ProgressFigure("pairings.checkIns", checkIns, totals + "#total-check-ins"));
        return figures;
    }
}

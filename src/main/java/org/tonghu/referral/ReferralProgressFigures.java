package org.tonghu.referral;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.tonghu.progressreport.ProgressFigure;
import org.tonghu.progressreport.ProgressFigureSource;
import org.tonghu.regioncode.RegionCode;


/** The annual progress report's referrals made in the year. */
@ApplicationScoped
class ReferralProgressFigures implements ProgressFigureSource {

    private final ReferralService referrals;

    ReferralProgressFigures(ReferralService referrals) {
        this.referrals = referrals;
    }

    @Override
    public int order() {
        return 80;
    }

    @Override
    public List<ProgressFigure> figures(RegionCode region, int year, LocalDate through) {
        long made = referrals.countReferralsByRegion(region.value(), LocalDate.of(year, 1, 1), through).values()
                .stream().mapToLong(Integer::longValue).sum();
        List<ProgressFigure> figures = new ArrayList<>();
        figures.add(new ProgressFigure("referrals.made", made, "/portal/dashboard?region=" + region.value()
                + "&period=" + year + "#total-referrals"));
        return figures;
    }
}

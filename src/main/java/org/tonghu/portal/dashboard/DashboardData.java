package org.tonghu.portal.dashboard;

import java.util.List;

import org.tonghu.activity.DutyCoverageReport;
import org.tonghu.director.StaffingReport;
import org.tonghu.director.VillageStaffingView;
import org.tonghu.region.RegionView;
import org.tonghu.schedule.ComplianceMonth;
import org.tonghu.schedule.ComplianceReport;
import org.tonghu.training.TrainingCoverage;

/**
 * Everything one dashboard shows for a region and period: the same numbers for the page and for its spreadsheet.
 * Training, duties and partner totals are null where they are not reported (below a county; partners for
 * civil-affairs officers only).
 */
public record DashboardData(
        RegionView region,
        List<RegionView> trail,
        DashboardPeriod period,
        List<DashboardPeriod> periods,
        ComplianceReport compliance,
        List<ComplianceMonth> trend,
        List<CategoryCount> categories,
        StaffingReport staffing,
        List<VillageStaffingView> villagesWithGaps,
        boolean moreVillagesWithGaps,
        TrainingCoverage training,
        DutyCoverageReport duties,
        PartnerTotals partners) {

    /** A category and how many children are in it. */
    public record CategoryCount(String category, long children) {
    }

    /** Whether the region has regions one level down (it is not a village). */
    public boolean hasSubregions() {
        return !compliance.byRegion().isEmpty() || region.level() != org.tonghu.regioncode.RegionLevel.VILLAGE;
    }
}

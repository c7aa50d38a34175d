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

    /**
     * Whether the counts of the compliance table's rows open their lists: rows of counties or below (a city's
     * dashboard and lower). A list judges each child directly, which a county bears and a city of 100,000 children
     * does not within a page's time; above, the row opens its region first.
     */
    public boolean rowsOpenLists() {
        return region.level() != org.tonghu.regioncode.RegionLevel.PROVINCE;
    }

    /** Whether the counts of the compliance table's total open their lists: a county's dashboard or lower. */
    public boolean totalOpensLists() {
        return region.level().prefixLength() >= org.tonghu.regioncode.RegionLevel.COUNTY.prefixLength();
    }

    /** Whether the region has regions one level down (it is not a village). */
    public boolean hasSubregions() {
        return !compliance.byRegion().isEmpty() || region.level() != org.tonghu.regioncode.RegionLevel.VILLAGE;
    }
}

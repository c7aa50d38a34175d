package org.tonghu.portal.dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;

import org.tonghu.activity.ActivityService;
import org.tonghu.activity.DutyCoverageService;
import org.tonghu.child.ChildCategory;
import org.tonghu.child.ChildService;
import org.tonghu.director.DirectorReportService;
import org.tonghu.director.VillageStaffingConnection;
import org.tonghu.graphql.Problem;
import org.tonghu.pairing.PairingService;
import org.tonghu.referral.ReferralService;
import org.tonghu.region.RegionService;
import org.tonghu.region.RegionView;
import org.tonghu.regioncode.RegionCode;
import org.tonghu.regioncode.RegionLevel;
import org.tonghu.rehabilitation.RehabilitationService;
import org.tonghu.schedule.ComplianceReport;
import org.tonghu.schedule.ComplianceService;
import org.tonghu.security.AccessScope;
import org.tonghu.security.CurrentUser;
import org.tonghu.security.Roles;
import org.tonghu.time.ChinaTime;
import org.tonghu.training.TrainingService;

/**
 * Reads a dashboard for a region of the caller's jurisdiction and a period, from the features' services (the same
 * numbers as the API): for civil-affairs officers and township supervisors (whose rows are their villages). Counts
 * only, except the lists behind a figure, which the services audit.
 */
@RequestScoped
class DashboardReader {

    /** How many months the trend shows, the current one included. */
    static final int TREND_MONTHS = 12;
    /** How many villages with a staffing gap the dashboard names; the list behind each count pages through them. */
    static final int VILLAGE_GAPS_SHOWN = 20;

    private final CurrentUser currentUser;
    private final RegionService regions;
    private final ChildService children;
    private final ComplianceService compliance;
    private final DirectorReportService directors;
    private final TrainingService training;
    private final DutyCoverageService duties;
    private final PairingService pairings;
    private final ActivityService activities;
    private final RehabilitationService rehabilitation;
    private final ReferralService referrals;

    DashboardReader(CurrentUser currentUser, RegionService regions, ChildService children,
            ComplianceService compliance, DirectorReportService directors, TrainingService training,
            DutyCoverageService duties, PairingService pairings, ActivityService activities,
            RehabilitationService rehabilitation, ReferralService referrals) {
        this.currentUser = currentUser;
        this.regions = regions;
        this.children = children;
        this.compliance = compliance;
        this.directors = directors;
        this.training = training;
        this.duties = duties;
        this.pairings = pairings;
        this.activities = activities;
        this.rehabilitation = rehabilitation;
        this.referrals = referrals;
    }

    /**
     * The region a request asks for (the caller's own without one): refused for callers without a dashboard, empty
     * for a region that is unknown or outside the jurisdiction (answered as not found).
     */
    Optional<RegionCode> region(String asked) {
        boolean allowed = currentUser.isCivilAffairsOfficer() || currentUser.hasRole(Roles.TOWNSHIP_SUPERVISOR);
        AccessScope scope = currentUser.childScope();
        if (!allowed || !scope.hasJurisdiction()) {
            throw currentUser.refused();
        }
        RegionCode own = currentUser.region().orElseThrow(currentUser::refused);
        if (asked == null || asked.isBlank()) {
            return Optional.of(own);
        }
        return regions.checkRegionInJurisdiction("region", asked.strip(), scope, new ArrayList<Problem>());
    }

    /** The period a request asks for (last month without one); empty when malformed or not yet started. */
    static Optional<DashboardPeriod> period(String asked) {
        LocalDate today = ChinaTime.today();
        return asked == null || asked.isBlank() ? Optional.of(DashboardPeriod.lastMonth(today))
                : DashboardPeriod.parse(asked, today);
    }

    /** The whole dashboard of a region (checked by {@link #region}) for a period. */
    DashboardData read(RegionCode region, DashboardPeriod period) {
        LocalDate today = ChinaTime.today();
        String code = region.value();
        ComplianceReport report = compliance.visitCompliance(code, period.input());
        Map<ChildCategory, Long> counts = children.countByCategory(code);
        List<DashboardData.CategoryCount> categories = Arrays.stream(ChildCategory.values())
                .map(category -> new DashboardData.CategoryCount(category.name(), counts.getOrDefault(category, 0L)))
                .toList();
        boolean countyOrAbove = region.level().prefixLength() <= RegionLevel.COUNTY.prefixLength();
        VillageStaffingConnection gaps = directors.villageStaffing(code, true, VILLAGE_GAPS_SHOWN, null);
        RegionView view = regions.findRegion(region).orElseThrow();
        return new DashboardData(view, trail(region), period, DashboardPeriod.choices(today), report,
                compliance.complianceTrend(code, TREND_MONTHS), categories, directors.directorStaffing(code),
                gaps.edges().stream().map(edge -> edge.node()).toList(), gaps.pageInfo().hasNextPage(),
                countyOrAbove ? training.trainingCoverage(code, period.year()) : null,
                countyOrAbove ? duties.dutyCoverage(code, period.year()) : null,
                currentUser.isCivilAffairsOfficer() ? partners(region, report, period, today) : null);
    }

    /** The regions from the caller's own down to the one shown (its parents inside the jurisdiction, then itself). */
    private List<RegionView> trail(RegionCode region) {
        RegionCode own = currentUser.region().orElseThrow(currentUser::refused);
        List<String> codes = region.ancestors().stream().filter(own::contains).map(RegionCode::value).toList();
        Map<String, RegionView> found = codes.isEmpty() ? Map.of() : regions.findRegions(codes);
        return codes.stream().filter(found::containsKey).map(found::get).toList();
    }

    /** The partner totals, a row per region of the compliance report (the same regions one level down). */
    private PartnerTotals partners(RegionCode region, ComplianceReport report, DashboardPeriod period,
            LocalDate today) {
        String code = region.value();
        LocalDate through = period.countedThrough(today);
        Map<String, Integer> paired = pairings.countActivePairingsByRegion(code, through);
        Map<String, Integer> checkIns = pairings.countCheckInsByRegion(code, period.start(), through);
        Map<String, ActivityService.EventTotals> events = activities.countEventsByRegion(code, period.start(),
                through);
        Map<String, Integer> services = rehabilitation.countServicesByRegion(code, period.start(), through);
        Map<String, Integer> referred = referrals.countReferralsByRegion(code, period.start(), through);
        int length = region.subregionPrefixLength();
        List<PartnerTotals.Row> rows = report.byRegion().stream().map(row -> {
            String group = row.regionCode().substring(0, length);
            ActivityService.EventTotals held = events.getOrDefault(group, new ActivityService.EventTotals(0, 0));
            return new PartnerTotals.Row(row.regionCode(), row.regionName(), paired.getOrDefault(group, 0),
                    checkIns.getOrDefault(group, 0), held.events(), held.attendance(), services.getOrDefault(group, 0),
                    referred.getOrDefault(group, 0));
        }).toList();
        PartnerTotals.Row total = new PartnerTotals.Row(code, report.total().regionName(), sum(paired), sum(checkIns),
                events.values().stream().mapToInt(ActivityService.EventTotals::events).sum(),
                events.values().stream().mapToInt(ActivityService.EventTotals::attendance).sum(), sum(services),
                sum(referred));
        return new PartnerTotals(total, rows);
    }

    private static int sum(Map<String, Integer> counts) {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }
}

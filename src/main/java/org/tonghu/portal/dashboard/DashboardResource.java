package org.tonghu.portal.dashboard;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.tonghu.activity.DutyCoverageReport;
import org.tonghu.activity.DutyCoverageService;
import org.tonghu.child.ChildCategory;
import org.tonghu.child.ChildService;
import org.tonghu.director.DirectorReportService;
import org.tonghu.director.StaffingReport;
import org.tonghu.director.StaffingRow;
import org.tonghu.director.VillageStaffingConnection;
import org.tonghu.director.VillageStaffingView;
import org.tonghu.portal.PortalLocale;
import org.tonghu.region.RegionService;
import org.tonghu.region.RegionView;
import org.tonghu.regioncode.RegionCode;
import org.tonghu.regioncode.RegionLevel;
import org.tonghu.schedule.ComplianceReport;
import org.tonghu.schedule.ComplianceRow;
import org.tonghu.schedule.ComplianceService;
import org.tonghu.schedule.ReportPeriodInput;
import org.tonghu.security.CurrentUser;
import org.tonghu.security.Roles;
import org.tonghu.time.ChinaTime;
import org.tonghu.training.TrainingCoverage;
import org.tonghu.training.TrainingCoverageRow;
import org.tonghu.training.TrainingService;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/**
 * An officer's dashboard of their jurisdiction: children by category, last month's visit compliance by region one
 * level down (as a chart and a table), director staffing, training coverage and this year's duties. Counts only;
 * every number comes from the same services as the API.
 */
@Path("/portal/dashboard")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class DashboardResource {

    /** A category and how many children are in it. */
    public record CategoryCount(String category, long children) {
    }

    @CheckedTemplate(basePath = "portal/dashboard")
    static class Templates {
        static native TemplateInstance dashboard(RegionView region, List<CategoryCount> categories,
                ComplianceReport compliance, String complianceChart, StaffingReport staffing, String staffingChart,
                List<VillageStaffingView> villagesWithGaps, boolean moreVillagesWithGaps, TrainingCoverage training,
                String trainingChart, DutyCoverageReport duties);
    }

    private final CurrentUser currentUser;
    private final RegionService regions;
    private final ChildService children;
    private final ComplianceService compliance;
    private final DirectorReportService directors;
    private final TrainingService training;
    private final DutyCoverageService duties;

    DashboardResource(CurrentUser currentUser, RegionService regions, ChildService children,
            ComplianceService compliance, DirectorReportService directors, TrainingService training,
            DutyCoverageService duties) {
        this.currentUser = currentUser;
        this.regions = regions;
        this.children = children;
        this.compliance = compliance;
        this.directors = directors;
        this.training = training;
        this.duties = duties;
    }

    @GET
    public TemplateInstance dashboard(@Context HttpHeaders headers) {
        if (!currentUser.isCivilAffairsOfficer() || !currentUser.childScope().hasJurisdiction()) {
            throw currentUser.refused();
        }
        RegionCode region = currentUser.region().orElseThrow(currentUser::refused);
        LocalDate lastMonth = ChinaTime.today().minusMonths(1);
        ComplianceReport report = compliance.visitCompliance(region.value(),
                new ReportPeriodInput(lastMonth.getYear(), lastMonth.getMonthValue(), null));
        Map<ChildCategory, Long> counts = children.countByCategory();
        List<CategoryCount> categories = java.util.Arrays.stream(ChildCategory.values())
                .map(category -> new CategoryCount(category.name(), counts.getOrDefault(category, 0L))).toList();
        int year = ChinaTime.today().getYear();
        boolean coverageReported = region.level() == RegionLevel.PROVINCE || region.level() == RegionLevel.CITY
                || region.level() == RegionLevel.COUNTY;
        StaffingReport staffing = directors.directorStaffing(region.value());
        VillageStaffingConnection gaps = directors.villageStaffing(region.value(), true, VILLAGE_GAPS_SHOWN, null);
        TrainingCoverage coverage = coverageReported ? training.trainingCoverage(region.value(), year) : null;
        List<ComplianceRow> complianceRows = report.byRegion();
        return Templates.dashboard(regions.findRegion(region).orElse(null), categories, report,
                chartJson(complianceRows, ComplianceRow::regionName,
                        List.of(row -> percent(row.contactOnTimeShare()), row -> percent(row.homeVisitOnTimeShare()))),
                staffing,
                chartJson(staffing.byRegion(), StaffingRow::regionName, List.of(
                        row -> (double) row.villagesWithoutDirector(),
                        row -> (double) row.villagesNeedingMoreDirectors())),
                gaps.edges().stream().map(edge -> edge.node()).toList(), gaps.pageInfo().hasNextPage(),
                coverage,
                coverage == null ? null : chartJson(coverage.byRegion(), TrainingCoverageRow::regionName,
                        List.of(row -> percent(row.trainedShare()))),
                duties.dutyCoverage(region.value(), year)).setLocale(PortalLocale.of(headers));
    }

    /** How many villages with a staffing gap the dashboard names; the API pages through them all. */
    static final int VILLAGE_GAPS_SHOWN = 20;

    /**
     * A chart's data as JSON for a data block: a label per row and a series of values per function (null for none).
     * Names are escaped so that nothing in them can end the block.
     */
    static <R> String chartJson(List<R> rows, Function<R, String> label, List<Function<R, Double>> series) {
        return "{\"labels\":[" + rows.stream().map(row -> "\"" + jsonText(label.apply(row)) + "\"")
                .collect(Collectors.joining(",")) + "],\"series\":[" + series.stream()
                .map(values -> "[" + rows.stream().map(row -> String.valueOf(values.apply(row)))
                        .collect(Collectors.joining(",")) + "]")
                .collect(Collectors.joining(",")) + "]}";
    }

    /** A share (0 to 1) as a percentage with one decimal, or null. */
    private static Double percent(Double share) {
        return share == null ? null : Math.round(share * 1000) / 10.0;
    }

    private static String jsonText(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\' || c == '<' || c == '>' || c == '&' || c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}

package org.tonghu.portal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.tonghu.TonghuApplication;
import org.tonghu.activity.DutyCoverageReport;
import org.tonghu.activity.DutyCoverageService;
import org.tonghu.child.ChildCategory;
import org.tonghu.child.ChildService;
import org.tonghu.director.DirectorReportService;
import org.tonghu.director.StaffingReport;
import org.tonghu.region.RegionCode;
import org.tonghu.region.RegionLevel;
import org.tonghu.region.RegionService;
import org.tonghu.region.RegionView;
import org.tonghu.schedule.ComplianceReport;
import org.tonghu.schedule.ComplianceRow;
import org.tonghu.schedule.ComplianceService;
import org.tonghu.schedule.ReportPeriodInput;
import org.tonghu.security.CurrentUser;
import org.tonghu.security.Roles;
import org.tonghu.training.TrainingCoverage;
import org.tonghu.training.TrainingService;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.ForbiddenException;

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

    @CheckedTemplate(basePath = "portal")
    static class Templates {
        static native TemplateInstance dashboard(RegionView region, List<CategoryCount> categories,
                ComplianceReport compliance, String complianceChart, StaffingReport staffing,
                TrainingCoverage training, DutyCoverageReport duties);
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
        if (!(currentUser.hasRole(Roles.PROVINCE_OFFICER) || currentUser.hasRole(Roles.CITY_OFFICER)
                || currentUser.hasRole(Roles.COUNTY_OFFICER)) || !currentUser.childScope().mayWrite()) {
            throw new ForbiddenException();
        }
        RegionCode region = currentUser.region().orElseThrow(ForbiddenException::new);
        LocalDate lastMonth = LocalDate.now(TonghuApplication.ZONE).minusMonths(1);
        ComplianceReport report = compliance.visitCompliance(region.value(),
                new ReportPeriodInput(lastMonth.getYear(), lastMonth.getMonthValue(), null));
        Map<ChildCategory, Long> counts = children.countByCategory();
        List<CategoryCount> categories = java.util.Arrays.stream(ChildCategory.values())
                .map(category -> new CategoryCount(category.name(), counts.getOrDefault(category, 0L))).toList();
        int year = LocalDate.now(TonghuApplication.ZONE).getYear();
        boolean cityOrCounty = region.level() == RegionLevel.CITY || region.level() == RegionLevel.COUNTY;
        return Templates.dashboard(regions.findRegion(region).orElse(null), categories, report, chartJson(report),
                directors.directorStaffing(region.value()),
                cityOrCounty ? training.trainingCoverage(region.value(), year) : null,
                duties.dutyCoverage(region.value(), year)).setLocale(PortalLocale.of(headers));
    }

    /** The chart's data as JSON for a data block: names escaped so that nothing in them can end the block. */
    static String chartJson(ComplianceReport report) {
        List<ComplianceRow> rows = report.byRegion();
        return "{\"labels\":[" + rows.stream().map(row -> "\"" + jsonText(row.regionName()) + "\"")
                .collect(Collectors.joining(",")) + "],\"contact\":[" + percentages(rows, true)
                + "],\"homeVisit\":[" + percentages(rows, false) + "]}";
    }

    private static String percentages(List<ComplianceRow> rows, boolean contact) {
        return rows.stream().map(row -> {
            Double share = contact ? row.contactOnTimeShare() : row.homeVisitOnTimeShare();
            return share == null ? "null" : String.valueOf(Math.round(share * 1000) / 10.0);
        }).collect(Collectors.joining(","));
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

package org.tonghu.portal.dashboard;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.tonghu.director.DirectorReportService;
import org.tonghu.director.StaffingGap;
import org.tonghu.director.StaffingRow;
import org.tonghu.director.VillageStaffingConnection;
import org.tonghu.graphql.ValidationFailedException;
import org.tonghu.portal.PortalLocale;
import org.tonghu.portal.PortalResponses;
import org.tonghu.region.RegionService;
import org.tonghu.region.RegionView;
import org.tonghu.regioncode.RegionCode;
import org.tonghu.regioncode.RegionLevel;
import org.tonghu.schedule.ComplianceFigure;
import org.tonghu.schedule.ComplianceRow;
import org.tonghu.schedule.ComplianceService;
import org.tonghu.schedule.JudgedChildren;
import org.tonghu.training.TrainingCoverageRow;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/**
 * The dashboard of a jurisdiction that answers questions: for a region (the caller's own, or one under it: each row
 * opens the region one level down) and a period (a month, quarter or year), visit compliance with its trend over the
 * last 12 months, children by category, director staffing, training coverage, duties and the partners' totals; each
 * count opens the list behind it, and every table comes as a spreadsheet. For civil-affairs officers and township
 * supervisors (whose rows are their villages). Counts only; every number comes from the same services as the API.
 */
@Path("/portal/dashboard")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class DashboardResource {

    /** How many children a page of the list behind a compliance figure shows; the figure says how many there are. */
    static final int CHILDREN_SHOWN = 200;
    /** How many villages a page of the list behind a staffing count shows. */
    static final int VILLAGES_PER_PAGE = 50;
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @CheckedTemplate(basePath = "portal/dashboard")
    static class Templates {
        static native TemplateInstance dashboard(DashboardData data, String complianceChart, String trendChart,
                String staffingChart, String trainingChart);

        static native TemplateInstance children(RegionView region, DashboardPeriod period, String figure,
                JudgedChildren judged, int shown);

        static native TemplateInstance villages(RegionView region, String gap, VillageStaffingConnection villages,
                long total);
    }

    private final DashboardReader reader;
    private final DashboardExport export;
    private final RegionService regions;
    private final ComplianceService compliance;
    private final DirectorReportService directors;

    DashboardResource(DashboardReader reader, DashboardExport export, RegionService regions,
            ComplianceService compliance, DirectorReportService directors) {
        this.reader = reader;
        this.export = export;
        this.regions = regions;
        this.compliance = compliance;
        this.directors = directors;
    }

    @GET
    public Response dashboard(@QueryParam("region") String region, @QueryParam("period") String period,
            @Context HttpHeaders headers) {
        Locale locale = PortalLocale.of(headers);
        Optional<DashboardData> read = read(region, period);
        if (read.isEmpty()) {
            return PortalResponses.notFound(locale);
        }
        DashboardData data = read.get();
        return Response.ok(Templates.dashboard(data,
                chartJson(data.compliance().byRegion(), ComplianceRow::regionName,
                        List.of(row -> percent(row.contactOnTimeShare()), row -> percent(row.homeVisitOnTimeShare()))),
                chartJson(data.trend(), month -> month.month().toString(), List.of(
                        month -> percent(month.row().contactOnTimeShare()),
                        month -> percent(month.row().homeVisitOnTimeShare()))),
                chartJson(data.staffing().byRegion(), StaffingRow::regionName, List.of(
                        row -> (double) row.villagesWithoutDirector(),
                        row -> (double) row.villagesNeedingMoreDirectors())),
                data.training() == null ? null : chartJson(data.training().byRegion(), TrainingCoverageRow::regionName,
                        List.of(row -> percent(row.trainedShare()))))
                .setLocale(locale)).build();
    }

    /** The dashboard's data of a region in the caller's jurisdiction and a started period; empty for any other. */
    private Optional<DashboardData> read(String region, String period) {
        Optional<RegionCode> code = reader.region(region);
        Optional<DashboardPeriod> chosen = DashboardReader.period(period);
        return code.isEmpty() || chosen.isEmpty() ? Optional.empty()
                : Optional.of(reader.read(code.get(), chosen.get()));
    }

    /** Every table of the dashboard of a region and period as a spreadsheet, a sheet per table. */
    @GET
    @Path("dashboard.xlsx")
    @Produces({ XLSX, MediaType.TEXT_HTML })
    public Response exportDashboard(@QueryParam("region") String region, @QueryParam("period") String period,
            @Context HttpHeaders headers) {
        Locale locale = PortalLocale.of(headers);
        Optional<DashboardData> read = read(region, period);
        if (read.isEmpty()) {
            return PortalResponses.notFound(locale);
        }
        DashboardData data = read.get();
        return Response.ok(export.toXlsx(data, locale), XLSX)
                .header("Content-Disposition", "attachment; filename=\"dashboard-" + data.region().code() + "-"
                        + data.period().value() + ".xlsx\"")
                .build();
    }

    /**
     * The children behind a figure of the visit compliance table (late with contacts or home visits, never visited)
     * of a county or a region under one: the list judges each child directly, which a city or the province would make
     * a long wait (their dashboards open their regions first; see {@link DashboardData#rowsOpenLists}).
     */
    @GET
    @Path("children")
    public Response children(@QueryParam("region") String region, @QueryParam("period") String period,
            @QueryParam("figure") String figure, @QueryParam("after") String after, @Context HttpHeaders headers) {
        Locale locale = PortalLocale.of(headers);
        Optional<RegionCode> code = reader.region(region);
        Optional<DashboardPeriod> chosen = DashboardReader.period(period);
        Optional<ComplianceFigure> which = enumValue(ComplianceFigure.class, figure);
        if (code.isEmpty() || chosen.isEmpty() || which.isEmpty()
                || code.get().level().prefixLength() < RegionLevel.COUNTY.prefixLength()) {
            return PortalResponses.notFound(locale);
        }
        try {
            JudgedChildren judged = compliance.listJudgedChildren(code.get().value(), chosen.get().input(),
                    which.get(), CHILDREN_SHOWN, after == null || after.isBlank() ? null : after.strip());
            return Response.ok(Templates.children(regions.findRegion(code.get()).orElseThrow(), chosen.get(),
                    which.get().name(), judged, CHILDREN_SHOWN).setLocale(locale)).build();
        } catch (ValidationFailedException e) {
            return PortalResponses.notFound(locale);
        }
    }

    /**
     * The villages behind a count of the staffing table: without a director, or needing more; every village of the
     * region without {@code gap}.
     */
    @GET
    @Path("villages")
    public Response villages(@QueryParam("region") String region, @QueryParam("gap") String gap,
            @QueryParam("after") String after, @Context HttpHeaders headers) {
        Locale locale = PortalLocale.of(headers);
        Optional<RegionCode> code = reader.region(region);
        boolean all = gap == null || gap.isBlank();
        Optional<StaffingGap> which = enumValue(StaffingGap.class, gap);
        if (code.isEmpty() || (!all && which.isEmpty())) {
            return PortalResponses.notFound(locale);
        }
        try {
            DirectorReportService.CountedVillages villages = directors.listVillagesCounted(code.get().value(),
                    which.orElse(null), VILLAGES_PER_PAGE, after == null || after.isBlank() ? null : after);
            return Response.ok(Templates.villages(regions.findRegion(code.get()).orElseThrow(),
                    all ? "" : which.get().name(), villages.villages(), villages.total()).setLocale(locale)).build();
        } catch (ValidationFailedException e) {
            return PortalResponses.notFound(locale);
        }
    }

    private static <E extends Enum<E>> Optional<E> enumValue(Class<E> type, String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Enum.valueOf(type, text.strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

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
    static Double percent(Double share) {
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

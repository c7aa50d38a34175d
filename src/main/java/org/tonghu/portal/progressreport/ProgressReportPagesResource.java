package org.tonghu.portal.progressreport;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.tonghu.graphql.ConflictException;
import org.tonghu.graphql.NotFoundException;
import org.tonghu.graphql.Problem;
import org.tonghu.graphql.ValidationFailedException;
import org.tonghu.portal.PortalLocale;
import org.tonghu.portal.PortalResponses;
import org.tonghu.progressreport.ProgressFigure;
import org.tonghu.progressreport.ProgressFigureByCounty;
import org.tonghu.progressreport.ProgressFigureTexts;
import org.tonghu.progressreport.ProgressNarrative;
import org.tonghu.progressreport.ProgressReportOverview;
import org.tonghu.progressreport.ProgressReportService;
import org.tonghu.progressreport.ProgressReportStatus;
import org.tonghu.progressreport.ProgressReportView;
import org.tonghu.regioncode.RegionCode;
import org.tonghu.security.CurrentUser;
import org.tonghu.time.ChinaTime;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/**
 * The civil-affairs officers' annual progress report pages: the reports of a year they deal with (their own, those
 * reporting to them, late and missing ones flagged), and a report with its figures (how each was computed, and the list
 * behind it), the narrative form and submission for its own region, the return and accept forms for the level above,
 * its versions, and its Word and spreadsheet downloads. Through the same service as the API: the same rules, codes
 * and audit; a stale form shows the conflict and changes nothing; others than officers get the 403 page.
 */
@Path("/portal/progress-reports")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class ProgressReportPagesResource {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final Map<String, String> FIELDS = Map.of("input.progress", "progress", "input.problems", "problems",
            "input.nextSteps", "nextSteps", "input.plans", "plans", "comments", "comments", "id", "report",
            "year", "year");

    /** A figure as the page shows it: texts in the page's language. */
    public record FigureRow(String key, String label, long value, String how, String list) {
    }

    /** The figures of one section. */
    public record Section(String key, String title, List<FigureRow> figures) {
    }

    /** What the caller may do with the report. */
    public record Actions(boolean own, boolean editable, boolean reviewable) {
    }

    @CheckedTemplate(basePath = "portal/progressreport")
    static class Templates {
        static native TemplateInstance reports(ProgressReportOverview overview, List<Integer> years, boolean canStart,
                String ownId, List<Problem> problems);

        static native TemplateInstance report(ProgressReportView report, List<Section> sections,
                Map<Integer, List<Section>> versionSections, Actions actions, ProgressNarrative form,
                List<Problem> problems, boolean conflict, boolean saved);

        static native TemplateInstance byCounty(ProgressFigureByCounty figure, String label, String how);
    }

    private final ProgressReportService reports;
    private final CurrentUser currentUser;

    ProgressReportPagesResource(ProgressReportService reports, CurrentUser currentUser) {
        this.reports = reports;
        this.currentUser = currentUser;
    }

    @GET
    public Response list(@QueryParam("year") Integer year, @Context HttpHeaders headers) {
        return listPage(year == null ? ChinaTime.today().getYear() : year, List.of(), 200,
                PortalLocale.of(headers));
    }

    private Response listPage(int year, List<Problem> problems, int status, Locale locale) {
        requireOfficer();
        ProgressReportOverview overview;
        try {
            overview = reports.overview(year);
        } catch (ValidationFailedException e) {
            return PortalResponses.notFound(locale);
        }
        int thisYear = ChinaTime.today().getYear();
        List<Integer> years = new ArrayList<>();
        for (int y = thisYear; y >= thisYear - 4; y--) {
            years.add(y);
        }
        boolean reporting = region().level() == org.tonghu.regioncode.RegionLevel.COUNTY
                || region().level() == org.tonghu.regioncode.RegionLevel.CITY;
        String ownId = overview.own() == null ? null : overview.own().reportId();
        return Response.status(status).entity(Templates.reports(overview, years, reporting && ownId == null, ownId,
                problems).setLocale(locale)).build();
    }

    /** Starts the caller's report of a year and opens it (the one there is, when a double tap got there first). */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response start(@FormParam("year") int year, @Context HttpHeaders headers) {
        requireOfficer();
        Locale locale = PortalLocale.of(headers);
        try {
            String id = reports.createReport(year).id();
            return Response.seeOther(URI.create("/portal/progress-reports/" + id)).build();
        } catch (ValidationFailedException e) {
            Optional<String> existing = reports.findOwnReportId(year);
            if (existing.isPresent()) {
                return Response.seeOther(URI.create("/portal/progress-reports/" + existing.get())).build();
            }
            return listPage(year, PortalResponses.onForm(e.problems(), FIELDS::get, "year"), 422, locale);
        }
    }

    @GET
    @Path("{reportId}")
    public Response report(@PathParam("reportId") String reportId, @QueryParam("saved") String saved,
            @Context HttpHeaders headers) {
        return page(reportId, null, List.of(), false, saved != null, 200, PortalLocale.of(headers));
    }

    @POST
    @Path("{reportId}/narrative")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response saveNarrative(@PathParam("reportId") String reportId, @FormParam("version") int version,
            @FormParam("progress") String progress, @FormParam("problems") String problems,
            @FormParam("nextSteps") String nextSteps, @FormParam("plans") String plans,
            @FormParam("then") String then, @Context HttpHeaders headers) {
        ProgressNarrative form = new ProgressNarrative(progress, problems, nextSteps, plans);
        return change(reportId, form, PortalLocale.of(headers), () -> "submit".equals(then)
                ? reports.updateAndSubmit(reportId, version, form) : reports.updateNarrative(reportId, version, form));
    }

    @POST
    @Path("{reportId}/submit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response submit(@PathParam("reportId") String reportId, @FormParam("version") int version,
            @Context HttpHeaders headers) {
        return change(reportId, null, PortalLocale.of(headers), () -> reports.submitReport(reportId, version));
    }

    @POST
    @Path("{reportId}/return")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response returnReport(@PathParam("reportId") String reportId, @FormParam("version") int version,
            @FormParam("comments") String comments, @Context HttpHeaders headers) {
        return change(reportId, null, PortalLocale.of(headers),
                () -> reports.returnReport(reportId, version, comments));
    }

    @POST
    @Path("{reportId}/accept")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response accept(@PathParam("reportId") String reportId, @FormParam("version") int version,
            @FormParam("comments") String comments, @Context HttpHeaders headers) {
        return change(reportId, null, PortalLocale.of(headers),
                () -> reports.acceptReport(reportId, version, comments == null || comments.isBlank() ? null
                        : comments));
    }

    /**
     * A city report's figure by county: each county's value in the report version the city sums, opening the county's
     * report and the county's list, and the total, which is the city's figure. 404 for anything else.
     */
    @GET
    @Path("{reportId}/by-county")
    public Response byCounty(@PathParam("reportId") String reportId, @QueryParam("figure") String key,
            @QueryParam("version") Integer version, @Context HttpHeaders headers) {
        requireOfficer();
        Locale locale = PortalLocale.of(headers);
        try {
            ProgressFigureByCounty figure = reports.figureByCounty(reportId, key, version);
            return Response.ok(Templates.byCounty(figure, ProgressFigureTexts.label(figure.key(), locale),
                    ProgressFigureTexts.howComputed(figure.key(), locale)).setLocale(locale)).build();
        } catch (NotFoundException | ValidationFailedException e) {
            return PortalResponses.notFound(locale);
        }
    }

    /** The report (or one of its versions) as a Word document laid out like a government report. */
    @GET
    @Path("{reportId}/report.docx")
    @Produces({ DOCX, MediaType.TEXT_HTML })
    public Response docx(@PathParam("reportId") String reportId, @QueryParam("version") Integer version,
            @Context HttpHeaders headers) {
        return download(reportId, version, "docx", DOCX, PortalLocale.of(headers));
    }

    /** The report's (or a version's) figures as a spreadsheet. */
    @GET
    @Path("{reportId}/figures.xlsx")
    @Produces({ XLSX, MediaType.TEXT_HTML })
    public Response xlsx(@PathParam("reportId") String reportId, @QueryParam("version") Integer version,
            @Context HttpHeaders headers) {
        return download(reportId, version, "xlsx", XLSX, PortalLocale.of(headers));
    }

    private Response download(String reportId, Integer version, String extension, String type, Locale locale) {
        requireOfficer();
        try {
            ProgressReportView report = reports.findReport(reportId);
            byte[] bytes = "docx".equals(extension) ? reports.exportDocx(reportId, version, locale)
                    : reports.exportXlsx(reportId, version, locale);
            return Response.ok(bytes, type).header("Content-Disposition", "attachment; filename=\""
                    + ProgressReportService.exportName(report.regionCode(), report.year(), version, extension) + "\"")
                    .build();
        } catch (NotFoundException | ValidationFailedException e) {
            return PortalResponses.notFound(locale);
        }
    }

    private Response change(String reportId, ProgressNarrative form, Locale locale, Supplier<?> change) {
        requireOfficer();
        try {
            change.get();
            return Response.seeOther(URI.create("/portal/progress-reports/" + reportId + "?saved=1")).build();
        } catch (ValidationFailedException e) {
            return page(reportId, form, PortalResponses.onForm(e.problems(), FIELDS::get, "report"), false, false,
                    422, locale);
        } catch (ConflictException e) {
            return page(reportId, form, List.of(), true, false, 409, locale);
        } catch (NotFoundException e) {
            return PortalResponses.notFound(locale);
        }
    }

    private Response page(String reportId, ProgressNarrative form, List<Problem> problems, boolean conflict,
            boolean saved, int status, Locale locale) {
        requireOfficer();
        try {
            ProgressReportService.Compiled compiled = reports.findCompiled(reportId);
            ProgressReportView report = reports.view(compiled, locale);
            RegionCode own = region();
            boolean isOwn = own.value().equals(report.regionCode());
            boolean editable = isOwn && (report.status() == ProgressReportStatus.DRAFT
                    || report.status() == ProgressReportStatus.RETURNED);
            boolean reviewable = report.status() == ProgressReportStatus.SUBMITTED
                    && RegionCode.parse(report.regionCode()).flatMap(RegionCode::parent).map(own::equals)
                            .orElse(false);
            Map<Integer, List<Section>> versionSections = new java.util.LinkedHashMap<>();
            compiled.versions().forEach(version -> versionSections.put(version.number,
                    sections(compiled.versionFigures().getOrDefault(version.id, List.of()), locale)));
            return Response.status(status).entity(Templates.report(report, sections(compiled.figures(), locale),
                    versionSections, new Actions(isOwn, editable, reviewable), form == null ? report.narrative()
                            : form, problems, conflict, saved).setLocale(locale)).build();
        } catch (NotFoundException | ValidationFailedException e) {
            return PortalResponses.notFound(locale);
        }
    }

    static List<Section> sections(List<ProgressFigure> figures, Locale locale) {
        return ProgressReportService.bySection(figures).entrySet().stream().map(entry -> new Section(entry.getKey(),
                ProgressFigureTexts.section(entry.getKey(), locale), entry.getValue().stream()
                        .map(figure -> new FigureRow(figure.key(), ProgressFigureTexts.label(figure.key(), locale),
                                figure.value(), ProgressFigureTexts.howComputed(figure.key(), locale),
                                figure.list())).toList())).toList();
    }

    private RegionCode region() {
        return currentUser.region().orElseThrow(currentUser::refused);
    }

    private void requireOfficer() {
        if (!currentUser.isCivilAffairsOfficer()) {
            throw currentUser.refused();
        }
    }
}

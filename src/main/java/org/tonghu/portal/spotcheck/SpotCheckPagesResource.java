package org.tonghu.portal.spotcheck;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.tonghu.graphql.ConflictException;
import org.tonghu.graphql.NotFoundException;
import org.tonghu.graphql.Problem;
import org.tonghu.graphql.ValidationFailedException;
import org.tonghu.portal.FormValues;
import org.tonghu.portal.PortalLocale;
import org.tonghu.portal.PortalResponses;
import org.tonghu.region.RegionService;
import org.tonghu.region.RegionView;
import org.tonghu.regioncode.RegionCode;
import org.tonghu.regioncode.RegionLevel;
import org.tonghu.security.CurrentUser;
import org.tonghu.spotcheck.RectificationTaskConnection;
import org.tonghu.spotcheck.RectificationTaskStatus;
import org.tonghu.spotcheck.RectificationTaskView;
import org.tonghu.spotcheck.SpotCheckConnection;
import org.tonghu.spotcheck.SpotCheckFigure;
import org.tonghu.spotcheck.SpotCheckFileConnection;
import org.tonghu.spotcheck.SpotCheckFileView;
import org.tonghu.spotcheck.SpotCheckInput;
import org.tonghu.spotcheck.SpotCheckItem;
import org.tonghu.spotcheck.SpotCheckItemInput;
import org.tonghu.spotcheck.SpotCheckRedraw;
import org.tonghu.spotcheck.SpotCheckResults;
import org.tonghu.spotcheck.SpotCheckScoreInput;
import org.tonghu.spotcheck.SpotCheckService;
import org.tonghu.spotcheck.SpotCheckView;
import org.tonghu.time.ChinaTime;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/**
 * The file spot check pages: the officers' list of checks with the form opening one, a check's results by township
 * and its sample grouped by township, a file's checklist form, and the rectification tasks (a director's to mark
 * done, an officer's to confirm or reopen, the overdue ones for the checker). Through the same service as the API:
 * the same rules, codes and audit, one transaction per form, so a refused form writes nothing; a stale form shows the
 * conflict. Others than officers get the 403 page on the officers' pages; an unreachable record is "not found".
 */
@Path("/portal/spot-checks")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class SpotCheckPagesResource {

    /** Files of a check on one page. */
    static final int FILES_PER_PAGE = 100;

    static final Map<String, String> OPEN_FIELDS = Map.of("input.regionCode", "regionCode", "input.year", "year",
            "input.filesPerTownship", "filesPerTownship", "input.seed", "seed", "regionCode", "regionCode");

    /** What the form opening a check holds: as typed, or the defaults. */
    public record OpenForm(String regionCode, String year, String filesPerTownship, String seed) {
    }

    /** A township's files on a check's page. */
    public record TownshipFiles(String code, String name, List<SpotCheckFileView> files) {
    }

    @CheckedTemplate(basePath = "portal/spotcheck")
    static class Templates {
        static native TemplateInstance spotChecks(SpotCheckConnection checks, List<RegionView> regions,
                OpenForm form, List<Problem> problems, int maxFiles);

        static native TemplateInstance spotCheck(SpotCheckView check, SpotCheckResults results,
                SpotCheckRedraw redraw, List<TownshipFiles> townships, String nextCursor);

        static native TemplateInstance file(SpotCheckFileView file, boolean canScore, Map<String, String> answers,
                Map<String, String> notes, List<Problem> problems, boolean conflict, boolean saved);

        static native TemplateInstance tasks(RectificationTaskConnection tasks, String filter, boolean officer);

        static native TemplateInstance filesOfYear(SpotCheckFileConnection files, long total, String region,
                int year, String figure);

        static native TemplateInstance tasksOfYear(RectificationTaskConnection tasks, long total, String region,
                int year, String filter);

        static native TemplateInstance task(RectificationTaskView task, boolean canComplete, boolean canReview,
                String note, List<Problem> problems, boolean conflict, boolean saved);
    }

    private final SpotCheckService spotChecks;
    private final SpotCheckPortal portal;
    private final RegionService regions;
    private final CurrentUser currentUser;

    SpotCheckPagesResource(SpotCheckService spotChecks, SpotCheckPortal portal, RegionService regions,
            CurrentUser currentUser) {
        this.spotChecks = spotChecks;
        this.portal = portal;
        this.regions = regions;
        this.currentUser = currentUser;
    }

    @GET
    public Response list(@QueryParam("after") String after, @Context HttpHeaders headers) {
        requireOfficer();
        String region = currentUser.region().map(RegionCode::value).orElse("");
        OpenForm form = new OpenForm(region, String.valueOf(ChinaTime.today().getYear()),
                String.valueOf(spotChecks.defaultFilesPerTownship()), "");
        return listPage(after, form, List.of(), 200, PortalLocale.of(headers));
    }

    private Response listPage(String after, OpenForm form, List<Problem> problems, int status, Locale locale) {
        try {
            SpotCheckConnection checks = spotChecks.listSpotChecks(null, null, 50, after);
            return Response.status(status).entity(Templates.spotChecks(checks, regionChoices(), form, problems,
                    spotChecks.maxFilesPerTownship()).setLocale(locale)).build();
        } catch (ValidationFailedException e) {
            return PortalResponses.notFound(locale);
        }
    }

    /** The regions an officer may open a check of: their own county or city, and the counties (and cities) below. */
    private List<RegionView> regionChoices() {
        RegionCode own = currentUser.region().orElseThrow(currentUser::refused);
        List<RegionView> choices = new ArrayList<>();
        if (own.level() == RegionLevel.PROVINCE) {
            choices.addAll(regions.listRegionsUnder(own, RegionLevel.CITY));
        } else {
            regions.findRegion(own).ifPresent(choices::add);
        }
        if (own.level() != RegionLevel.COUNTY) {
            choices.addAll(regions.listRegionsUnder(own, RegionLevel.COUNTY));
        }
        choices.sort(java.util.Comparator.comparing(RegionView::code));
        return choices;
    }

    /** Opens the check and shows it; bad input shows the list again with the form as typed and its errors. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response open(@FormParam("regionCode") String regionCode, @FormParam("year") String year,
            @FormParam("filesPerTownship") String filesPerTownship, @FormParam("seed") String seed,
            @Context HttpHeaders headers) {
        requireOfficer();
        Locale locale = PortalLocale.of(headers);
        OpenForm form = new OpenForm(regionCode, year, filesPerTownship, seed);
        try {
            SpotCheckView check = spotChecks.createSpotCheck(new SpotCheckInput(FormValues.blank(regionCode) ? ""
                    : regionCode.strip(), number(year, "input.year", 0), FormValues.blank(filesPerTownship) ? null
                    : number(filesPerTownship, "input.filesPerTownship", 0),
                    FormValues.blank(seed) ? null : seed.strip()));
            return Response.seeOther(URI.create("/portal/spot-checks/" + check.id())).build();
        } catch (ValidationFailedException e) {
            return listPage(null, form, PortalResponses.onForm(e.problems(), OPEN_FIELDS::get, "regionCode"), 422,
                    locale);
        }
    }

    private static int number(String text, String field, int fallback) {
        try {
            return text == null ? fallback : Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw ValidationFailedException.of(field, "NUMBER_INVALID", "Not a number.");
        }
    }

    @GET
    @Path("{checkId}")
    public Response check(@PathParam("checkId") String checkId, @QueryParam("after") String after,
            @QueryParam("redraw") String redraw, @Context HttpHeaders headers) {
        Locale locale = PortalLocale.of(headers);
        requireOfficer();
        try {
            SpotCheckView check = spotChecks.findSpotCheck(checkId);
            SpotCheckResults results = spotChecks.spotCheckResults(checkId);
            SpotCheckFileConnection files = spotChecks.listSpotCheckFiles(checkId, null, FILES_PER_PAGE, after);
            Map<String, String> names = new HashMap<>();
            results.townships().forEach(t -> names.put(t.regionCode(), t.regionName()));
            Map<String, List<SpotCheckFileView>> grouped = new LinkedHashMap<>();
            files.edges().forEach(edge -> grouped.computeIfAbsent(edge.node().townshipCode(),
                    code -> new ArrayList<>()).add(edge.node()));
            List<TownshipFiles> townships = grouped.entrySet().stream().map(entry -> new TownshipFiles(
                    entry.getKey(), names.getOrDefault(entry.getKey(), entry.getKey()), entry.getValue())).toList();
            String next = files.pageInfo().hasNextPage() ? files.pageInfo().endCursor() : null;
            // the draw is run again only when asked: at province scale it reads every child of the region
            return Response.ok(Templates.spotCheck(check, results, redraw == null ? null
                    : spotChecks.redrawSpotCheck(checkId), townships, next).setLocale(locale)).build();
        } catch (NotFoundException | ValidationFailedException e) {
            return PortalResponses.notFound(locale);
        }
    }

    @GET
    @Path("files/{fileId}")
    public Response file(@PathParam("fileId") String fileId, @QueryParam("saved") String saved,
            @Context HttpHeaders headers) {
        return filePage(fileId, Map.of(), Map.of(), List.of(), false, saved != null, 200, PortalLocale.of(headers));
    }

    /** The file's page; its form shows {@code answers} and {@code notes} as typed, else the data's answers. */
    private Response filePage(String fileId, Map<String, String> answers, Map<String, String> notes,
            List<Problem> problems, boolean conflict, boolean saved, int status, Locale locale) {
        try {
            SpotCheckFileView file = spotChecks.findSpotCheckFile(fileId);
            Map<String, String> shown = new HashMap<>();
            file.items().forEach(item -> {
                if (item.prefilled() != null) {
                    shown.put(item.item().name(), item.prefilled().toString());
                }
            });
            shown.putAll(answers);
            return Response.status(status).entity(Templates.file(file, portal.officer() && file.score() == null,
                    shown, notes, problems, conflict, saved).setLocale(locale)).build();
        } catch (NotFoundException | ValidationFailedException e) {
            return PortalResponses.notFound(locale);
        }
    }

    /**
     * Scores a file from its checklist form: {@code item_<ITEM>} true or false and {@code note_<ITEM>}; an item left
     * unanswered is left out (a pre-filled one keeps the data's answer).
     */
    @POST
    @Path("files/{fileId}/score")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response score(@PathParam("fileId") String fileId, MultivaluedMap<String, String> form,
            @Context HttpHeaders headers) {
        requireOfficer();
        Locale locale = PortalLocale.of(headers);
        Map<String, String> answers = new HashMap<>();
        Map<String, String> notes = new HashMap<>();
        List<SpotCheckItemInput> items = new ArrayList<>();
        Map<String, String> fields = new HashMap<>();
        for (SpotCheckItem item : SpotCheckItem.values()) {
            String passed = form.getFirst("item_" + item);
            String note = form.getFirst("note_" + item);
            answers.put(item.name(), passed == null ? "" : passed);
            notes.put(item.name(), note == null ? "" : note);
            if ("true".equals(passed) || "false".equals(passed)) {
                // a note's problem shows under its item (field and id named after the item)
                fields.put("input.items[" + items.size() + "].note", item.name());
                items.add(new SpotCheckItemInput(item, Boolean.parseBoolean(passed), FormValues.blank(note) ? null
                        : note));
            }
        }
        try {
            int version = number(form.getFirst("version"), "version", -1);
            spotChecks.scoreSpotCheckFile(fileId, version, new SpotCheckScoreInput(items));
            return Response.seeOther(URI.create("/portal/spot-checks/files/" + fileId + "?saved=1")).build();
        } catch (ValidationFailedException e) {
            return filePage(fileId, answers, notes, PortalResponses.onForm(e.problems(), fields::get, "items"), false,
                    false, 422, locale);
        } catch (ConflictException e) {
            return filePage(fileId, answers, notes, List.of(), true, false, 409, locale);
        } catch (NotFoundException e) {
            return PortalResponses.notFound(locale);
        }
    }

    /** The tasks of the caller's villages: {@code filter} OPEN, DONE, CONFIRMED, OVERDUE, or all when absent. */
    @GET
    @Path("tasks")
    public Response tasks(@QueryParam("filter") String filter, @QueryParam("region") String region,
            @QueryParam("year") String year, @QueryParam("after") String after, @Context HttpHeaders headers) {
        if (!portal.officer() && !portal.frontLine()) {
            throw currentUser.refused();
        }
        Locale locale = PortalLocale.of(headers);
        if (!FormValues.blank(region) || !FormValues.blank(year)) {
            return tasksOfYear(filter, region, year, after, locale);
        }
        boolean overdue = "OVERDUE".equals(filter);
        RectificationTaskStatus status = null;
        if (!overdue && !FormValues.blank(filter)) {
            try {
                status = RectificationTaskStatus.valueOf(filter);
            } catch (IllegalArgumentException e) {
                return PortalResponses.notFound(locale);
            }
        }
        try {
            RectificationTaskConnection tasks = spotChecks.listRectificationTasks(status, null, overdue, 50, after);
            return Response.ok(Templates.tasks(tasks, FormValues.blank(filter) ? "" : filter, portal.officer())
                    .setLocale(locale)).build();
        } catch (ValidationFailedException e) {
            return PortalResponses.notFound(locale);
        }
    }

    /**
     * The list behind the annual report's figures of files: the files of a year's checks under a region of the
     * officer's jurisdiction, {@code figure} SCORED, PASSED or FAILED_ITEMS; any other region, year or figure is 404.
     */
    @GET
    @Path("files")
    public Response filesOfYear(@QueryParam("region") String region, @QueryParam("year") String year,
            @QueryParam("figure") String figure, @QueryParam("after") String after, @Context HttpHeaders headers) {
        requireOfficer();
        Locale locale = PortalLocale.of(headers);
        SpotCheckFigure which;
        try {
            which = SpotCheckFigure.valueOf(figure == null ? "" : figure.strip());
        } catch (IllegalArgumentException e) {
            return PortalResponses.notFound(locale);
        }
        if (FormValues.blank(region) || year == null || !year.strip().matches("\\d{4}")) {
            return PortalResponses.notFound(locale);
        }
        try {
            SpotCheckService.CountedFiles files = spotChecks.listFilesOfYear(region.strip(),
                    Integer.parseInt(year.strip()), which, 50, FormValues.blank(after) ? null : after);
            return Response.ok(Templates.filesOfYear(files.files(), files.total(), region.strip(),
                    Integer.parseInt(year.strip()), which.name()).setLocale(locale)).build();
        } catch (ValidationFailedException e) {
            return PortalResponses.notFound(locale);
        }
    }

    /**
     * The list behind the annual report's task figures: the tasks of a year's checks under a region of the officer's
     * jurisdiction, {@code filter} CONFIRMED or NOT_CONFIRMED; any other region, year or filter is 404.
     */
    private Response tasksOfYear(String filter, String region, String year, String after, Locale locale) {
        if (!portal.officer() || FormValues.blank(region) || year == null || !year.strip().matches("\\d{4}")
                || !("CONFIRMED".equals(filter) || "NOT_CONFIRMED".equals(filter))) {
            return PortalResponses.notFound(locale);
        }
        try {
            SpotCheckService.CountedTasks tasks = spotChecks.listRectificationTasksOfYear(region.strip(),
                    Integer.parseInt(year.strip()), "CONFIRMED".equals(filter), 50, FormValues.blank(after) ? null
                            : after);
            return Response.ok(Templates.tasksOfYear(tasks.tasks(), tasks.total(), region.strip(),
                    Integer.parseInt(year.strip()), filter).setLocale(locale)).build();
        } catch (ValidationFailedException e) {
            return PortalResponses.notFound(locale);
        }
    }

    @GET
    @Path("tasks/{taskId}")
    public Response task(@PathParam("taskId") String taskId, @QueryParam("saved") String saved,
            @Context HttpHeaders headers) {
        return taskPage(taskId, "", List.of(), false, saved != null, 200, PortalLocale.of(headers));
    }

    private Response taskPage(String taskId, String note, List<Problem> problems, boolean conflict, boolean saved,
            int status, Locale locale) {
        try {
            RectificationTaskView task = spotChecks.findRectificationTask(taskId);
            return Response.status(status).entity(Templates.task(task,
                    portal.frontLine() && task.status() == RectificationTaskStatus.OPEN,
                    portal.officer() && task.status() == RectificationTaskStatus.DONE, note, problems, conflict,
                    saved).setLocale(locale)).build();
        } catch (NotFoundException | ValidationFailedException e) {
            return PortalResponses.notFound(locale);
        }
    }

    @POST
    @Path("tasks/{taskId}/complete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response complete(@PathParam("taskId") String taskId, @FormParam("version") int version,
            @FormParam("note") String note, @Context HttpHeaders headers) {
        if (!portal.frontLine()) {
            throw currentUser.refused();
        }
        return change(taskId, note, PortalLocale.of(headers),
                () -> spotChecks.completeRectificationTask(taskId, version, note));
    }

    @POST
    @Path("tasks/{taskId}/confirm")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response confirm(@PathParam("taskId") String taskId, @FormParam("version") int version,
            @Context HttpHeaders headers) {
        requireOfficer();
        return change(taskId, "", PortalLocale.of(headers),
                () -> spotChecks.confirmRectificationTask(taskId, version));
    }

    @POST
    @Path("tasks/{taskId}/reopen")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reopen(@PathParam("taskId") String taskId, @FormParam("version") int version,
            @FormParam("note") String note, @Context HttpHeaders headers) {
        requireOfficer();
        return change(taskId, note, PortalLocale.of(headers),
                () -> spotChecks.reopenRectificationTask(taskId, version, note));
    }

    private Response change(String taskId, String note, Locale locale, Supplier<?> change) {
        try {
            change.get();
            return Response.seeOther(URI.create("/portal/spot-checks/tasks/" + taskId + "?saved=1")).build();
        } catch (ValidationFailedException e) {
            return taskPage(taskId, note == null ? "" : note, PortalResponses.onForm(e.problems(),
                    field -> "note".equals(field) ? "note" : null, "note"), false, false, 422, locale);
        } catch (ConflictException e) {
            return taskPage(taskId, note == null ? "" : note, List.of(), true, false, 409, locale);
        } catch (NotFoundException e) {
            return PortalResponses.notFound(locale);
        }
    }

    private void requireOfficer() {
        if (!portal.officer()) {
            throw currentUser.refused();
        }
    }
}

package org.tonghu.progressreport;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;

import org.tonghu.audit.AuditLog;
import org.tonghu.audit.AuditOperation;
import org.tonghu.export.Spreadsheet;
import org.tonghu.export.WordDocument;
import org.tonghu.graphql.Ids;
import org.tonghu.graphql.Problem;
import org.tonghu.graphql.ValidationFailedException;
import org.tonghu.progressreport.ProgressReportStore.CountyVersion;
import org.tonghu.region.RegionService;
import org.tonghu.region.RegionView;
import org.tonghu.regioncode.RegionCode;
import org.tonghu.regioncode.RegionLevel;
import org.tonghu.security.CurrentUser;
import org.tonghu.security.Roles;
import org.tonghu.time.ChinaTime;
import org.tonghu.time.Clock;
import org.tonghu.validation.TextRules;

/**
 * Annual progress reports (年度工作进展情况, plan 四(二)). A county officer writes the county's report of a year, its
 * figures compiled from the data by the {@link ProgressFigureSource}s, and submits it to the city (figures frozen in a
 * version); the city returns it with comments (the county revises and submits a new version) or accepts it. A city's
 * own report sums its counties' standing figures and goes to the province, which returns or accepts it. Deadlines are
 * per year (configured defaults, moved by the province); late and missing reports are listed for the level above.
 * Every read and change is audited; a report outside the caller's reach is answered as unknown.
 */
@ApplicationScoped
public class ProgressReportService {

    static final String PROGRESS_REPORT_EXISTS = "PROGRESS_REPORT_EXISTS";
    static final String NOT_A_REPORTING_OFFICER = "NOT_A_REPORTING_OFFICER";
    static final String YEAR_INVALID = "YEAR_INVALID";
    static final String NOT_EDITABLE = "PROGRESS_REPORT_NOT_EDITABLE";
    static final String NOT_SUBMITTED = "PROGRESS_REPORT_NOT_SUBMITTED";
    static final String NARRATIVE_REQUIRED = "NARRATIVE_REQUIRED";
    static final String NO_COUNTY_SUBMITTED = "NO_COUNTY_SUBMITTED";
    static final String DEADLINES_INVALID = "DEADLINES_INVALID";
    static final String EXISTS_MESSAGE = "Your region has a report of this year already.";
    /** The longest narrative section, in characters. */
    static final int NARRATIVE_MAX = 10_000;
    static final int COMMENTS_MAX = 4_000;
    static final String COUNTY = "COUNTY";
    static final String CITY = "CITY";
    /** The earliest year a report may be of. */
    static final int FIRST_YEAR = 2000;
    static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    private final ProgressReportStore store;
    private final Instance<ProgressFigureSource> sources;
    private final RegionService regions;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;
    private final ProgressReportConfig config;

    ProgressReportService(ProgressReportStore store, Instance<ProgressFigureSource> sources, RegionService regions,
            CurrentUser currentUser, AuditLog audit, Clock clock, ProgressReportConfig config) {
        this.store = store;
        this.sources = sources;
        this.regions = regions;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
        this.config = config;
    }

    /** A report with its figures and versions, as it stands, in the portal's or the graph's language. */
    public record Compiled(ProgressReport report, RegionView region, List<ProgressFigure> figures,
            List<ProgressReportVersion> versions, Map<UUID, List<ProgressFigure>> versionFigures, LocalDate due) {
    }

    // ---------------------------------------------------------------- reading

    /** A report the caller may see (their region's, or one below it); {@code PROGRESS_REPORT_NOT_FOUND} otherwise. */
    @Transactional
    public ProgressReportView findReport(String id) {
        return view(findCompiled(id), CHINESE);
    }

    /** A report the caller may see, compiled (a draft's figures counted now), for pages and exports. */
    @Transactional
    public Compiled findCompiled(String id) {
        ProgressReport report = requireVisible(id, AuditOperation.PROGRESS_REPORT_READ);
        audit.event(AuditOperation.PROGRESS_REPORT_READ).record(report.id).succeeded();
        return compile(report);
    }

    /**
     * A city report's figure by county: the counties one of its versions summed, or, when no version is named, those
     * its figures now sum (standing now for a draft or returned report, its latest version's otherwise). Their total
     * is the report's figure. {@code PROGRESS_REPORT_NOT_FOUND} for a report the caller may not see, a county's
     * report, a version it does not have and a figure none of its counties has.
     */
    @Transactional
    public ProgressFigureByCounty figureByCounty(String id, String key, Integer versionNumber) {
        ProgressReport report = requireVisible(id, AuditOperation.PROGRESS_REPORT_READ);
        boolean live = versionNumber == null && (report.status == ProgressReportStatus.DRAFT
                || report.status == ProgressReportStatus.RETURNED);
        Optional<ProgressReportVersion> version = live ? Optional.empty() : store.versionsOf(report.id).stream()
                .filter(v -> v.number == (versionNumber == null ? report.submissions : versionNumber)).findFirst();
        if (!CITY.equals(report.level) || (!live && version.isEmpty())) {
            throw notFound(report.id);
        }
        List<CountyVersion> counties = live ? store.standingCountyVersions(prefix(report), report.year)
                : store.summedCountyVersions(version.get().id);
        Map<UUID, List<ProgressFigure>> figures = store.figuresOf(counties.stream().map(CountyVersion::versionId)
                .toList());
        Map<String, RegionView> names = regions.findRegions(counties.stream().map(CountyVersion::regionCode).toList());
        List<ProgressFigureByCounty.CountyFigure> rows = new ArrayList<>();
        for (CountyVersion county : counties) {
            figures.getOrDefault(county.versionId(), List.of()).stream().filter(f -> f.key().equals(key)).findFirst()
                    .ifPresent(f -> rows.add(new ProgressFigureByCounty.CountyFigure(county.regionCode(),
                            names.get(county.regionCode()).name(), county.reportId().toString(), county.number(),
                            f.value(), f.list())));
        }
        if (rows.isEmpty()) {
            throw notFound(report.id);
        }
        audit.event(AuditOperation.PROGRESS_REPORT_READ).record(report.id).succeeded();
        RegionView region = regions.findRegion(new RegionCode(report.regionCode)).orElseThrow();
        return new ProgressFigureByCounty(report.id.toString(), region.name(), report.year, key,
                version.map(v -> v.number).orElse(null),
                rows.stream().mapToLong(ProgressFigureByCounty.CountyFigure::value).sum(), rows);
    }

    /** The report of the caller's own region for a year, if it has one (for the portal's list and tests). */
    @Transactional
    public Optional<String> findOwnReportId(int year) {
        RegionCode own = reportingRegion();
        return store.findOf(own.value(), year).map(report -> report.id.toString());
    }

    /**
     * The reports of a year the caller deals with: their own (counties, cities), those of the regions reporting to
     * them (a city's counties, the province's cities) and, for the province, every county's; each with its deadline,
     * lateness or absence.
     */
    @Transactional
    public ProgressReportOverview overview(int year) {
        RegionCode own = officerRegion();
        checkYear(year);
        LocalDate today = today();
        Deadlines deadlines = deadlines(year);
        ProgressReportRow ownRow = null;
        List<ProgressReportRow> below = List.of();
        List<ProgressReportRow> byCounty = List.of();
        RegionView ownView = regions.findRegion(own).orElseThrow(currentUser::refused);
        List<RegionView> subregions = regions.listChildren(List.of(ownView), 100, null).get(0).edges().stream()
                .map(edge -> edge.node()).toList();
        switch (own.level()) {
            case COUNTY -> ownRow = rows(List.of(ownView), year, COUNTY, deadlines.countyDue, today).get(0);
            case CITY -> {
                ownRow = rows(List.of(ownView), year, CITY, deadlines.cityDue, today).get(0);
                below = rows(subregions, year, COUNTY, deadlines.countyDue, today);
            }
            case PROVINCE -> {
                below = rows(subregions, year, CITY, deadlines.cityDue, today);
                List<RegionView> counties = regions.listChildren(subregions, 100, null).stream()
                        .flatMap(page -> page.edges().stream().map(edge -> edge.node())).toList();
                byCounty = rows(counties, year, COUNTY, deadlines.countyDue, today);
            }
            default -> throw currentUser.refused();
        }
        audit.event(AuditOperation.PROGRESS_REPORT_LIST).record(own.value()).succeeded();
        return new ProgressReportOverview(year, deadlines.countyDue, deadlines.cityDue, ownRow, below, byCounty);
    }

    /** The reports of a year that are late or missing below the caller (what {@link #overview} flags). */
    @Transactional
    public List<ProgressReportRow> listLateOrMissing(int year) {
        ProgressReportOverview overview = overview(year);
        List<ProgressReportRow> rows = new ArrayList<>(overview.below());
        overview.byCounty().stream().filter(row -> !rows.contains(row)).forEach(rows::add);
        return rows.stream().filter(row -> row.late() || row.missing()).toList();
    }

    private List<ProgressReportRow> rows(List<RegionView> regionViews, int year, String level, LocalDate due,
            LocalDate today) {
        if (regionViews.isEmpty()) {
            return List.of();
        }
        String prefix = commonPrefix(regionViews);
        Map<String, ProgressReport> reports = store.listOfYear(year, prefix, level).stream()
                .collect(Collectors.toMap(report -> report.regionCode, Function.identity()));
        return regionViews.stream().map(region -> {
            ProgressReport report = reports.get(region.code());
            OffsetDateTime submitted = report == null ? null : report.firstSubmittedAt;
            boolean late = submitted != null && dateOf(submitted).isAfter(due);
            boolean missing = submitted == null && today.isAfter(due);
            return new ProgressReportRow(region.code(), region.name(), report == null ? null : report.id.toString(),
                    report == null ? null : report.status, due, china(submitted), late, missing);
        }).toList();
    }

    private static String commonPrefix(List<RegionView> regionViews) {
        String prefix = regionViews.get(0).code();
        for (RegionView region : regionViews) {
            int length = 0;
            while (length < prefix.length() && length < region.code().length()
                    && prefix.charAt(length) == region.code().charAt(length)) {
                length++;
            }
            prefix = prefix.substring(0, length);
        }
        return prefix;
    }

    // ---------------------------------------------------------------- writing

    /**
     * Starts the report of the caller's own county or city for a year: a draft with an empty narrative.
     * {@code PROGRESS_REPORT_EXISTS} when the region has one (the database holds to it under concurrent requests).
     */
    @Transactional
    public ProgressReportView createReport(int year) {
        RegionCode own = reportingRegion();
        List<Problem> problems = new ArrayList<>();
        LocalDate today = today();
        if (year < FIRST_YEAR || year > today.getYear()) {
            problems.add(Problem.ofField("year", YEAR_INVALID, "A report is of a year from 2000 to this one."));
        } else if (store.findOf(own.value(), year).isPresent()) {
            problems.add(Problem.ofField("year", PROGRESS_REPORT_EXISTS, EXISTS_MESSAGE));
        }
        if (!problems.isEmpty()) {
            throw new ValidationFailedException(problems);
        }
        ProgressReport report = new ProgressReport();
        report.id = UUID.randomUUID();
        report.regionCode = own.value();
        report.year = year;
        report.level = own.level() == RegionLevel.COUNTY ? COUNTY : CITY;
        report.status = ProgressReportStatus.DRAFT;
        report.createdByName = currentUser.displayName();
        store.persist(report);
        store.flushOrExists("year", PROGRESS_REPORT_EXISTS, EXISTS_MESSAGE,
                () -> audit.event(AuditOperation.PROGRESS_REPORT_CREATE).record(own.value()).conflict());
        audit.event(AuditOperation.PROGRESS_REPORT_CREATE).record(report.id).succeeded();
        return view(compile(report), CHINESE);
    }

    /** Saves the narrative of a draft or returned report of the caller's own region. */
    @Transactional
    public ProgressReportView updateNarrative(String id, long expectedVersion, ProgressNarrative input) {
        ProgressReport report = requireOwn(id, expectedVersion, AuditOperation.PROGRESS_REPORT_UPDATE);
        requireEditable(report, AuditOperation.PROGRESS_REPORT_UPDATE);
        List<Problem> problems = new ArrayList<>();
        String progress = paragraphs("input.progress", input.progress(), problems);
        String found = paragraphs("input.problems", input.problems(), problems);
        String nextSteps = paragraphs("input.nextSteps", input.nextSteps(), problems);
        String plans = paragraphs("input.plans", input.plans(), problems);
        if (!problems.isEmpty()) {
            throw new ValidationFailedException(problems);
        }
        report.progress = progress;
        report.problems = found;
        report.nextSteps = nextSteps;
        report.plans = plans;
        return save(report, AuditOperation.PROGRESS_REPORT_UPDATE);
    }

    /**
     * Submits a draft or returned report of the caller's own region to the level above: its narrative and figures
     * (compiled now; for a city, its counties' standing figures summed) are frozen in a new version.
     */
    @Transactional
    public ProgressReportView submitReport(String id, long expectedVersion) {
        ProgressReport report = requireOwn(id, expectedVersion, AuditOperation.PROGRESS_REPORT_SUBMIT);
        requireEditable(report, AuditOperation.PROGRESS_REPORT_SUBMIT);
        List<Problem> problems = new ArrayList<>();
        if (report.progress == null) {
            problems.add(Problem.ofField("id", NARRATIVE_REQUIRED, "Write the progress section before submitting."));
        }
        boolean city = CITY.equals(report.level);
        List<CountyVersion> counties = city ? store.standingCountyVersions(prefix(report), report.year) : List.of();
        List<ProgressFigure> figures = city ? summed(report, counties, report.submissions + 1) : liveFigures(report);
        if (city && counties.isEmpty()) {
            problems.add(Problem.ofField("id", NO_COUNTY_SUBMITTED,
                    "None of the city's counties has submitted its report yet."));
        }
        if (!problems.isEmpty()) {
            throw new ValidationFailedException(problems);
        }
        OffsetDateTime now = clock.now();
        ProgressReportVersion version = new ProgressReportVersion();
        version.id = UUID.randomUUID();
        version.reportId = report.id;
        version.number = report.submissions + 1;
        version.progress = report.progress;
        version.problems = report.problems;
        version.nextSteps = report.nextSteps;
        version.plans = report.plans;
        version.submittedAt = now;
        version.submittedByName = currentUser.displayName();
        report.submissions = version.number;
        report.status = ProgressReportStatus.SUBMITTED;
        if (report.firstSubmittedAt == null) {
            report.firstSubmittedAt = now;
        }
        store.flushOrConflict(() -> audit.event(AuditOperation.PROGRESS_REPORT_SUBMIT).record(report.id).conflict());
        store.persistVersion(version, figures);
        store.persistSummedVersions(version.id, counties);
        audit.event(AuditOperation.PROGRESS_REPORT_SUBMIT).records(List.of(report.id, version.id)).succeeded();
        return view(compile(report), CHINESE);
    }

    /** Saves the narrative and submits the report, in one transaction: a refused submission saves nothing either. */
    @Transactional
    public ProgressReportView updateAndSubmit(String id, long expectedVersion, ProgressNarrative input) {
        ProgressReportView saved = updateNarrative(id, expectedVersion, input);
        return submitReport(id, saved.version());
    }

    /** Returns a submitted report of a region reporting to the caller, with comments (required), for revision. */
    @Transactional
    public ProgressReportView returnReport(String id, long expectedVersion, String comments) {
        return review(id, expectedVersion, comments, true);
    }

    /** Accepts a submitted report of a region reporting to the caller (comments optional). */
    @Transactional
    public ProgressReportView acceptReport(String id, long expectedVersion, String comments) {
        return review(id, expectedVersion, comments, false);
    }

    private ProgressReportView review(String id, long expectedVersion, String comments, boolean returned) {
        AuditOperation operation = returned ? AuditOperation.PROGRESS_REPORT_RETURN
                : AuditOperation.PROGRESS_REPORT_ACCEPT;
        ProgressReport report = requireVisible(id, operation);
        RegionCode own = officerRegion();
        boolean reviewer = RegionCode.parse(report.regionCode).flatMap(RegionCode::parent).map(own::equals)
                .orElse(false);
        if (!reviewer) {
            audit.event(operation).record(report.id).notFound();
            throw new ProgressReportNotFoundException();
        }
        if (report.version != expectedVersion) {
            throw audit.event(operation).record(report.id).conflict();
        }
        List<Problem> problems = new ArrayList<>();
        if (report.status != ProgressReportStatus.SUBMITTED) {
            problems.add(Problem.ofField("id", NOT_SUBMITTED, "Only a submitted report awaits your answer."));
        }
        String text = TextRules.text("comments", comments == null ? null : comments.replace("\r\n", " ")
                .replace('\n', ' '), COMMENTS_MAX, returned, problems);
        if (!problems.isEmpty()) {
            throw new ValidationFailedException(problems);
        }
        ProgressReportVersion latest = store.versionsOf(report.id).stream()
                .filter(version -> version.number == report.submissions).findFirst().orElseThrow();
        latest.outcome = returned ? ProgressReportStatus.RETURNED.name() : ProgressReportStatus.ACCEPTED.name();
        latest.comments = text;
        latest.reviewedAt = clock.now();
        latest.reviewedByName = currentUser.displayName();
        report.status = returned ? ProgressReportStatus.RETURNED : ProgressReportStatus.ACCEPTED;
        return save(report, operation);
    }

    /** The deadlines of a year: as the province set them, or the configured defaults. */
    @Transactional
    public ProgressReportDeadlines findDeadlines(int year) {
        officerRegion();
        checkYear(year);
        Deadlines deadlines = deadlines(year);
        return new ProgressReportDeadlines(year, deadlines.countyDue, deadlines.cityDue, deadlines.set != null,
                deadlines.set == null ? null : (int) deadlines.set.version);
    }

    /**
     * Sets a year's deadlines (province officers). {@code expectedVersion}: null the first time, the version read
     * otherwise ({@code CONFLICT} when stale).
     */
    @Transactional
    public ProgressReportDeadlines setDeadlines(int year, LocalDate countyDue, LocalDate cityDue,
            Integer expectedVersion) {
        if (!currentUser.hasRole(Roles.PROVINCE_OFFICER) || officerRegion().level() != RegionLevel.PROVINCE) {
            throw currentUser.refused();
        }
        checkYear(year);
        if (countyDue.isAfter(cityDue) || countyDue.getYear() < year || cityDue.getYear() > year + 1) {
            throw ValidationFailedException.of("countyDue", DEADLINES_INVALID,
                    "The county deadline comes first, both in the year or early the next.");
        }
        Optional<ProgressReportDeadline> existing = store.deadline(year);
        Integer current = existing.map(deadline -> (int) deadline.version).orElse(null);
        if (!java.util.Objects.equals(current, expectedVersion)) {
            throw audit.event(AuditOperation.PROGRESS_REPORT_DEADLINE_SET).record(year).conflict();
        }
        ProgressReportDeadline deadline = existing.orElseGet(ProgressReportDeadline::new);
        deadline.year = year;
        deadline.countyDue = countyDue;
        deadline.cityDue = cityDue;
        deadline.changedByName = currentUser.displayName();
        if (existing.isEmpty()) {
            store.persistDeadline(deadline);
        }
        store.flushOrConflict(() -> audit.event(AuditOperation.PROGRESS_REPORT_DEADLINE_SET).record(year).conflict());
        audit.event(AuditOperation.PROGRESS_REPORT_DEADLINE_SET).record(year).succeeded();
        return new ProgressReportDeadlines(year, countyDue, cityDue, true, (int) deadline.version);
    }

    // ---------------------------------------------------------------- exports

    /**
     * The report as a Word document laid out like a government report: the version asked for (its narrative and
     * frozen figures), or without one the report as it stands (a draft's figures counted now).
     */
    @Transactional
    public byte[] exportDocx(String id, Integer versionNumber, Locale locale) {
        Exported exported = exported(id, versionNumber, locale);
        String[] numbers = { "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四" };
        WordDocument document = new WordDocument()
                .title(ProgressFigureTexts.doc("title", locale, exported.regionName, String.valueOf(exported.year)))
                .subtitle(exported.stamp);
        document.heading(numbers[0] + "、" + ProgressFigureTexts.doc("progress", locale))
                .paragraphs(orEmpty(exported.narrative.progress(), locale));
        document.heading(numbers[1] + "、" + ProgressFigureTexts.doc("figures", locale));
        int section = 0;
        for (Map.Entry<String, List<ProgressFigure>> entry : bySection(exported.figures).entrySet()) {
            document.subheading("（" + numbers[Math.min(section++, numbers.length - 1)] + "）"
                    + ProgressFigureTexts.section(entry.getKey(), locale));
            document.table(List.of(ProgressFigureTexts.doc("figure", locale), ProgressFigureTexts.doc("value", locale),
                    ProgressFigureTexts.doc("how", locale)), entry.getValue().stream()
                            .map(figure -> List.of(ProgressFigureTexts.label(figure.key(), locale),
                                    String.valueOf(figure.value()), ProgressFigureTexts.howComputed(figure.key(),
                                            locale))).toList());
        }
        document.heading(numbers[2] + "、" + ProgressFigureTexts.doc("problems", locale))
                .paragraphs(orEmpty(exported.narrative.problems(), locale));
        document.heading(numbers[3] + "、" + ProgressFigureTexts.doc("nextSteps", locale))
                .paragraphs(orEmpty(exported.narrative.nextSteps(), locale));
        document.heading(numbers[4] + "、" + ProgressFigureTexts.doc("plans", locale))
                .paragraphs(orEmpty(exported.narrative.plans(), locale));
        return document.toDocx();
    }

    /** The report's figures as a spreadsheet: a sheet of every figure with its section, value and how computed. */
    @Transactional
    public byte[] exportXlsx(String id, Integer versionNumber, Locale locale) {
        Exported exported = exported(id, versionNumber, locale);
        Spreadsheet spreadsheet = new Spreadsheet();
        Spreadsheet.Sheet sheet = spreadsheet.sheet(exported.regionName + " " + exported.year,
                List.of(ProgressFigureTexts.doc("figures", locale), ProgressFigureTexts.doc("figure", locale),
                        ProgressFigureTexts.doc("value", locale), ProgressFigureTexts.doc("how", locale)));
        for (ProgressFigure figure : exported.figures) {
            sheet.row(ProgressFigureTexts.section(figure.key(), locale), ProgressFigureTexts.label(figure.key(),
                    locale), figure.value(), ProgressFigureTexts.howComputed(figure.key(), locale));
        }
        return spreadsheet.toXlsx();
    }

    /** The file name of an export (ASCII: the region code, the year, the version or "draft"). */
    public static String exportName(String regionCode, int year, Integer versionNumber, String extension) {
        return "progress-report-" + regionCode + "-" + year + "-" + (versionNumber == null ? "current"
                : "v" + versionNumber) + "." + extension;
    }

    private record Exported(String regionName, int year, String stamp, ProgressNarrative narrative,
            List<ProgressFigure> figures) {
    }

    private Exported exported(String id, Integer versionNumber, Locale locale) {
        ProgressReport report = requireVisible(id, AuditOperation.PROGRESS_REPORT_EXPORT);
        Compiled compiled = compile(report);
        audit.event(AuditOperation.PROGRESS_REPORT_EXPORT).record(report.id).succeeded();
        String name = compiled.region().name();
        if (versionNumber == null) {
            ProgressNarrative narrative = new ProgressNarrative(report.progress, report.problems, report.nextSteps,
                    report.plans);
            String stamp = report.submissions == 0 || report.status == ProgressReportStatus.RETURNED
                    ? ProgressFigureTexts.doc("draft", locale, today().toString())
                    : ProgressFigureTexts.doc("version", locale, String.valueOf(report.submissions),
                            dateOf(compiled.versions().get(compiled.versions().size() - 1).submittedAt).toString());
            return new Exported(name, report.year, ProgressFigureTexts.doc("subtitle", locale, name, stamp),
                    narrative, compiled.figures());
        }
        ProgressReportVersion version = compiled.versions().stream().filter(v -> v.number == versionNumber)
                .findFirst().orElseThrow(ProgressReportNotFoundException::new);
        String stamp = ProgressFigureTexts.doc("version", locale, String.valueOf(version.number),
                dateOf(version.submittedAt).toString());
        return new Exported(name, report.year, ProgressFigureTexts.doc("subtitle", locale, name, stamp),
                new ProgressNarrative(version.progress, version.problems, version.nextSteps, version.plans),
                compiled.versionFigures().getOrDefault(version.id, List.of()));
    }

    private static String orEmpty(String text, Locale locale) {
        return text == null ? ProgressFigureTexts.doc("empty", locale) : text;
    }

    /** Figures grouped by their section (the key's first part), in order. */
    public static Map<String, List<ProgressFigure>> bySection(List<ProgressFigure> figures) {
        Map<String, List<ProgressFigure>> sections = new java.util.LinkedHashMap<>();
        for (ProgressFigure figure : figures) {
            String key = figure.key();
            sections.computeIfAbsent(key.contains(".") ? key.substring(0, key.indexOf('.')) : key,
                    section -> new ArrayList<>()).add(figure);
        }
        return sections;
    }

    // ---------------------------------------------------------------- internals

    private ProgressReportView save(ProgressReport report, AuditOperation operation) {
        store.flushOrConflict(() -> audit.event(operation).record(report.id).conflict());
        audit.event(operation).record(report.id).succeeded();
        return view(compile(report), CHINESE);
    }

    private Compiled compile(ProgressReport report) {
        RegionView region = regions.findRegion(new RegionCode(report.regionCode)).orElseThrow();
        List<ProgressReportVersion> versions = store.versionsOf(report.id);
        Map<UUID, List<ProgressFigure>> versionFigures = store.figuresOf(versions.stream().map(v -> v.id).toList());
        if (CITY.equals(report.level)) {
            // a city's frozen figures open the counties that version summed (also of versions frozen before links)
            versions.forEach(version -> versionFigures.computeIfPresent(version.id, (id, figures) -> figures.stream()
                    .map(f -> new ProgressFigure(f.key(), f.value(), byCountyLink(report.id, f.key(), version.number)))
                    .toList()));
        }
        List<ProgressFigure> figures;
        if (report.status == ProgressReportStatus.DRAFT || report.status == ProgressReportStatus.RETURNED) {
            figures = liveFigures(report);
        } else {
            figures = versionFigures.getOrDefault(versions.get(versions.size() - 1).id, List.of());
        }
        Deadlines deadlines = deadlines(report.year);
        return new Compiled(report, region, figures, versions, versionFigures,
                COUNTY.equals(report.level) ? deadlines.countyDue : deadlines.cityDue);
    }

    /** A county's figures from the sources now; a city's as its counties' standing versions summed. */
    List<ProgressFigure> liveFigures(ProgressReport report) {
        if (CITY.equals(report.level)) {
            return summed(report, store.standingCountyVersions(prefix(report), report.year), null);
        }
        return compileFigures(new RegionCode(report.regionCode), report.year);
    }

    /**
     * The figures of these county versions summed, in the order the counties' reports show them, each opening the
     * city's figure by county ({@link #figureByCounty}): of a version when frozen in one, of the standing counties
     * otherwise.
     */
    private List<ProgressFigure> summed(ProgressReport city, List<CountyVersion> counties, Integer versionNumber) {
        Map<UUID, List<ProgressFigure>> countyFigures = store.figuresOf(counties.stream()
                .map(CountyVersion::versionId).toList());
        Map<String, Long> sums = new HashMap<>();
        Map<String, Integer> positions = new HashMap<>();
        for (List<ProgressFigure> figures : countyFigures.values()) {
            for (int position = 0; position < figures.size(); position++) {
                ProgressFigure figure = figures.get(position);
                sums.merge(figure.key(), figure.value(), Long::sum);
                positions.merge(figure.key(), position, Math::min);
            }
        }
        return sums.keySet().stream()
                .sorted(Comparator.comparing((String key) -> positions.get(key)).thenComparing(key -> key))
                .map(key -> new ProgressFigure(key, sums.get(key), byCountyLink(city.id, key, versionNumber)))
                .toList();
    }

    /** The portal page of a city's figure by county: of one of its versions, or (null) as the report shows it. */
    static String byCountyLink(UUID cityReportId, String key, Integer versionNumber) {
        return "/portal/progress-reports/" + cityReportId + "/by-county?figure=" + key
                + (versionNumber == null ? "" : "&version=" + versionNumber);
    }

    /** The figures of a region and year from every source, in order (the sources count with the caller's scope). */
    public List<ProgressFigure> compileFigures(RegionCode region, int year) {
        LocalDate today = today();
        LocalDate yearEnd = LocalDate.of(year, 12, 31);
        LocalDate through = today.isBefore(yearEnd) ? today : yearEnd;
        return sources.stream().sorted(Comparator.comparingInt(ProgressFigureSource::order))
                .flatMap(source -> source.figures(region, year, through).stream()).toList();
    }

    private static String prefix(ProgressReport report) {
        return new RegionCode(report.regionCode).scopePrefix();
    }

    private ProgressReport requireVisible(String id, AuditOperation operation) {
        RegionCode own = officerRegion();
        UUID reportId = Ids.parse("id", id);
        ProgressReport report = store.findById(reportId);
        if (report == null || !own.contains(new RegionCode(report.regionCode))) {
            audit.event(operation).record(reportId).notFound();
            throw new ProgressReportNotFoundException();
        }
        return report;
    }

    /** Records a read of a report that is not there to read, and the exception that says so. */
    private ProgressReportNotFoundException notFound(UUID reportId) {
        audit.event(AuditOperation.PROGRESS_REPORT_READ).record(reportId).notFound();
        return new ProgressReportNotFoundException();
    }

    private ProgressReport requireOwn(String id, long expectedVersion, AuditOperation operation) {
        ProgressReport report = requireVisible(id, operation);
        if (!report.regionCode.equals(officerRegion().value())) {
            audit.event(operation).record(report.id).notFound();
            throw new ProgressReportNotFoundException();
        }
        if (report.version != expectedVersion) {
            throw audit.event(operation).record(report.id).conflict();
        }
        return report;
    }

    private void requireEditable(ProgressReport report, AuditOperation operation) {
        if (report.status != ProgressReportStatus.DRAFT && report.status != ProgressReportStatus.RETURNED) {
            throw ValidationFailedException.of("id", NOT_EDITABLE,
                    "Only a draft or a returned report can be changed or submitted.");
        }
    }

    /** The region of a civil-affairs officer (county, city or province); others are refused. */
    private RegionCode officerRegion() {
        if (!currentUser.isCivilAffairsOfficer()) {
            throw currentUser.refused();
        }
        return currentUser.region().orElseThrow(currentUser::refused);
    }

    /** The caller's own county or city, which writes a report. */
    private RegionCode reportingRegion() {
        RegionCode own = officerRegion();
        if (own.level() != RegionLevel.COUNTY && own.level() != RegionLevel.CITY) {
            throw ValidationFailedException.of("year", NOT_A_REPORTING_OFFICER,
                    "Counties and cities write progress reports; the province reads them.");
        }
        return own;
    }

    private LocalDate today() {
        return clock.now().atZoneSameInstant(ChinaTime.ZONE).toLocalDate();
    }

    /** A moment with China's offset, as the graph shows moments. */
    static OffsetDateTime china(OffsetDateTime moment) {
        return moment == null ? null : moment.atZoneSameInstant(ChinaTime.ZONE).toOffsetDateTime();
    }

    private static LocalDate dateOf(OffsetDateTime moment) {
        return moment.atZoneSameInstant(ChinaTime.ZONE).toLocalDate();
    }

    private static void checkYear(int year) {
        if (year < 2000 || year > 2100) {
            throw ValidationFailedException.of("year", YEAR_INVALID, "year lies between 2000 and 2100.");
        }
    }

    private record Deadlines(LocalDate countyDue, LocalDate cityDue, ProgressReportDeadline set) {
    }

    private Deadlines deadlines(int year) {
        Optional<ProgressReportDeadline> set = store.deadline(year);
        if (set.isPresent()) {
            return new Deadlines(set.get().countyDue, set.get().cityDue, set.get());
        }
        return new Deadlines(MonthDay.parse("--" + config.countyDue()).atYear(year),
                MonthDay.parse("--" + config.cityDue()).atYear(year), null);
    }

    /** A narrative section: paragraphs (line breaks kept), no other control or invisible characters. */
    private static String paragraphs(String field, String value, List<Problem> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = java.text.Normalizer.normalize(value.replace("\r\n", "\n").replace('\r', '\n'),
                java.text.Normalizer.Form.NFC).strip();
        if (text.codePointCount(0, text.length()) > NARRATIVE_MAX) {
            problems.add(Problem.ofField(field, TextRules.TOO_LONG, field + " may have at most " + NARRATIVE_MAX
                    + " characters."));
            return null;
        }
        if (text.codePoints().anyMatch(point -> point != '\n' && TextRules.isControlOrInvisible(point))) {
            problems.add(Problem.ofField(field, TextRules.HAS_CONTROL_CHARACTERS,
                    field + " must not contain control or invisible characters."));
            return null;
        }
        return text;
    }

    // ---------------------------------------------------------------- views

    /** The graph's view of a compiled report, texts in a language. */
    public ProgressReportView view(Compiled compiled, Locale locale) {
        ProgressReport report = compiled.report();
        List<ProgressReportVersionView> versions = compiled.versions().stream()
                .map(version -> new ProgressReportVersionView(version.number, china(version.submittedAt),
                        version.submittedByName, new ProgressNarrative(version.progress, version.problems,
                                version.nextSteps, version.plans),
                        figureViews(compiled.versionFigures().getOrDefault(version.id, List.of()), locale),
                        version.outcome, version.comments, china(version.reviewedAt), version.reviewedByName))
                .toList();
        LocalDate today = today();
        boolean late = report.firstSubmittedAt == null ? today.isAfter(compiled.due())
                : dateOf(report.firstSubmittedAt).isAfter(compiled.due());
        return new ProgressReportView(report.id.toString(), report.regionCode, compiled.region().name(), report.year,
                report.level, report.status, new ProgressNarrative(report.progress, report.problems, report.nextSteps,
                        report.plans), figureViews(compiled.figures(), locale), versions, compiled.due(),
                china(report.firstSubmittedAt), late, report.createdByName, (int) report.version);
    }

    static List<ProgressFigureView> figureViews(List<ProgressFigure> figures, Locale locale) {
        return figures.stream().map(figure -> new ProgressFigureView(figure.key(),
                ProgressFigureTexts.label(figure.key(), locale), Math.toIntExact(figure.value()),
                ProgressFigureTexts.howComputed(figure.key(), locale), figure.list())).toList();
    }
}

package org.tonghu.spotcheck;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.tonghu.audit.AuditLog;
import org.tonghu.audit.AuditOperation;
import org.tonghu.audit.AuditRecordType;
import org.tonghu.child.ChildService;
import org.tonghu.child.ChildView;
import org.tonghu.concern.ConcernService;
import org.tonghu.director.AppointmentService;
import org.tonghu.director.AppointmentView;
import org.tonghu.graphql.Ids;
import org.tonghu.graphql.PageRequest;
import org.tonghu.graphql.Problem;
import org.tonghu.graphql.ValidationFailedException;
import org.tonghu.guardian.GuardianService;
import org.tonghu.notification.Addressee;
import org.tonghu.notification.Notice;
import org.tonghu.notification.NotificationKind;
import org.tonghu.notification.NotificationService;
import org.tonghu.region.RegionService;
import org.tonghu.regioncode.RegionCode;
import org.tonghu.regioncode.RegionLevel;
import org.tonghu.schedule.ScheduleService;
import org.tonghu.schedule.VisitScheduleView;
import org.tonghu.security.CurrentUser;
import org.tonghu.security.Roles;
import org.tonghu.time.ChinaTime;
import org.tonghu.time.Clock;
import org.tonghu.validation.TextRules;

/**
 * File spot checks (抽查, policy §9). A county or city officer opens a check of their region for a year: in each
 * township a sample of the open files is drawn by a recorded seed (reproducible by anyone, {@link #redrawSpotCheck}),
 * and the items the data answers are pre-filled (guardians recorded, visits on schedule, concerns followed up). The
 * checker scores each file; a pre-filled item is overridden only with a note. Each failed item becomes a
 * rectification task (整改) with a deadline for the director of the child's village, who marks it done with a note;
 * the checker confirms or reopens it. Officers reach the checks of their jurisdiction; directors and supervisors
 * only the tasks of their villages and the files those tasks are about. Every access is audited.
 */
@ApplicationScoped
public class SpotCheckService {

    static final String CURSOR_CHECK = "spotcheck";
    static final String CURSOR_FILE = "spotcheckfile";
    static final String CURSOR_TASK = "rectification";
    static final String REGION_LEVEL_NOT_ALLOWED = "REGION_LEVEL_NOT_ALLOWED";
    static final String YEAR_OUT_OF_RANGE = "YEAR_OUT_OF_RANGE";
    static final String FILES_PER_TOWNSHIP_OUT_OF_RANGE = "FILES_PER_TOWNSHIP_OUT_OF_RANGE";
    static final String SEED_INVALID = "SEED_INVALID";
    static final String SPOT_CHECK_EXISTS = "SPOT_CHECK_EXISTS";
    static final String FILE_ALREADY_SCORED = "FILE_ALREADY_SCORED";
    static final String ITEM_REQUIRED = "ITEM_REQUIRED";
    static final String ITEM_REPEATED = "ITEM_REPEATED";
    static final String OVERRIDE_NEEDS_NOTE = "OVERRIDE_NEEDS_NOTE";
    static final String TASK_NOT_OPEN = "TASK_NOT_OPEN";
    static final String TASK_NOT_DONE = "TASK_NOT_DONE";
    static final String TOWNSHIP_CODE_INVALID = "TOWNSHIP_CODE_INVALID";
    static final String REGION_PREFIX_INVALID = "REGION_PREFIX_INVALID";
    /** The first year a check may be opened for. */
    static final int FIRST_YEAR = 2015;
    /** What a notice about a task names as its subject (the inbox opens it). */
    public static final String TASK_SUBJECT_TYPE = "RECTIFICATION_TASK";
    private static final Pattern SEED = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final String EXISTS_MESSAGE = "This region already has a spot check for this year.";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SpotCheckStore store;
    private final ChildService children;
    private final GuardianService guardians;
    private final ScheduleService schedules;
    private final ConcernService concerns;
    private final AppointmentService appointments;
    private final RegionService regions;
    private final NotificationService notifications;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;
    private final SpotCheckConfig config;

    SpotCheckService(SpotCheckStore store, ChildService children, GuardianService guardians,
            ScheduleService schedules, ConcernService concerns, AppointmentService appointments, RegionService regions,
            NotificationService notifications, CurrentUser currentUser, AuditLog audit, Clock clock,
            SpotCheckConfig config) {
        this.store = store;
        this.children = children;
        this.guardians = guardians;
        this.schedules = schedules;
        this.concerns = concerns;
        this.appointments = appointments;
        this.regions = regions;
        this.notifications = notifications;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
        this.config = config;
    }

    /** The files per township a check gets when it does not say, and the most it may ask for (for forms). */
    public int defaultFilesPerTownship() {
        return config.filesPerTownship();
    }

    public int maxFilesPerTownship() {
        return config.maxFilesPerTownship();
    }

    /**
     * Opens a spot check of a county or city of the caller's jurisdiction for a year, draws its sample and pre-fills
     * the items the data answers; one check per region and year ({@code SPOT_CHECK_EXISTS}, enforced by the database).
     */
    @Transactional
    public SpotCheckView createSpotCheck(SpotCheckInput input) {
        if (!currentUser.isCivilAffairsOfficer()) {
            throw currentUser.refused();
        }
        List<Problem> problems = new ArrayList<>();
        Optional<RegionCode> region = regions.checkRegionInJurisdiction("input.regionCode", input.regionCode(),
                currentUser.childScope(), problems);
        if (region.isPresent() && region.get().level() != RegionLevel.COUNTY
                && region.get().level() != RegionLevel.CITY) {
            problems.add(Problem.ofField("input.regionCode", REGION_LEVEL_NOT_ALLOWED,
                    "A spot check is of a county or a city."));
        }
        LocalDate today = today();
        if (input.year() < FIRST_YEAR || input.year() > today.getYear()) {
            problems.add(Problem.ofField("input.year", YEAR_OUT_OF_RANGE,
                    "year is " + FIRST_YEAR + " to this year."));
        }
        int size = input.filesPerTownship() == null ? config.filesPerTownship() : input.filesPerTownship();
        if (size < 1 || size > config.maxFilesPerTownship()) {
            problems.add(Problem.ofField("input.filesPerTownship", FILES_PER_TOWNSHIP_OUT_OF_RANGE,
                    "filesPerTownship is 1 to " + config.maxFilesPerTownship() + "."));
        }
        String seed = input.seed() == null ? newSeed() : input.seed();
        if (!SEED.matcher(seed).matches()) {
            problems.add(Problem.ofField("input.seed", SEED_INVALID,
                    "seed is 1 to 64 letters, digits, '-' or '_'."));
        }
        if (problems.isEmpty() && store.findCheck(region.get().value(), input.year()).isPresent()) {
            problems.add(Problem.ofField("input.year", SPOT_CHECK_EXISTS, EXISTS_MESSAGE));
        }
        if (!problems.isEmpty()) {
            throw new ValidationFailedException(problems);
        }
        SpotCheck check = new SpotCheck();
        check.id = UUID.randomUUID();
        check.regionCode = region.get().value();
        check.year = input.year();
        check.filesPerTownship = size;
        check.seed = seed;
        // the files open at the end of the day before: a file registered later (even today) cannot change the draw
        check.populationOn = today.minusDays(1);
        check.openedByName = currentUser.displayName();
        check.openedBySubject = currentUser.subject();
        check.openedAt = clock.now();
        store.persist(check);
        store.flushOrExists("input.year", SPOT_CHECK_EXISTS, EXISTS_MESSAGE,
                () -> audit.event(AuditOperation.SPOT_CHECK_CREATE).on(AuditRecordType.REGION)
                        .record(check.regionCode).conflict());
        List<SpotCheckStore.Drawn> drawn = store.draw(region.get().scopePrefix(), seed, size, check.populationOn);
        List<UUID> childIds = drawn.stream().map(SpotCheckStore.Drawn::childId).toList();
        Prefill prefill = prefill(childIds, today);
        for (SpotCheckStore.Drawn d : drawn) {
            SpotCheckFile file = new SpotCheckFile();
            file.id = UUID.randomUUID();
            file.spotCheckId = check.id;
            file.childId = d.childId();
            file.townshipCode = d.townshipCode();
            file.villageCode = d.villageCode();
            file.drawRank = d.rank();
            file.guardiansRecorded = prefill.withGuardians().contains(d.childId());
            file.visitsOnSchedule = prefill.onSchedule().contains(d.childId());
            file.concernsFollowedUp = !prefill.unattendedConcerns().contains(d.childId());
            store.persist(file);
        }
        store.flushOrConflict(() -> audit.event(AuditOperation.SPOT_CHECK_CREATE).record(check.id).conflict());
        List<Object> records = new ArrayList<>();
        records.add(check.id);
        records.addAll(childIds);
        audit.event(AuditOperation.SPOT_CHECK_CREATE).records(records).succeeded();
        return view(check, Map.of(check.id, new int[] { drawn.size(), 0 }), regionNames(List.of(check.regionCode)));
    }

    /** What the data says of the drawn children, in four queries whatever their number. */
    private record Prefill(Set<UUID> withGuardians, Set<UUID> onSchedule, Set<UUID> unattendedConcerns) {
    }

    private Prefill prefill(List<UUID> childIds, LocalDate today) {
        if (childIds.isEmpty()) {
            return new Prefill(Set.of(), Set.of(), Set.of());
        }
        Set<UUID> withGuardians = guardians.findGuardiansOfChildren(childIds).stream()
                .map(GuardianService.GuardianOfChild::childId).collect(Collectors.toSet());
        List<ChildView> views = new ArrayList<>(children.findChildrenInScope(childIds).values());
        List<VisitScheduleView> found = schedules.schedulesOf(views);
        Set<UUID> onSchedule = new HashSet<>();
        for (int i = 0; i < views.size(); i++) {
            VisitScheduleView schedule = found.get(i);
            if (schedule != null && !schedule.contactOverdue() && !schedule.homeVisitOverdue()) {
                onSchedule.add(UUID.fromString(views.get(i).id()));
            }
        }
        Set<UUID> unattended = concerns.countUnattendedConcerns(childIds,
                today.minusDays(config.concernFollowUpDays())).keySet();
        return new Prefill(withGuardians, onSchedule, unattended);
    }

    private static String newSeed() {
        byte[] bytes = new byte[8];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** A spot check of the caller's jurisdiction (officers); {@code SPOT_CHECK_NOT_FOUND} otherwise. */
    @Transactional
    public SpotCheckView findSpotCheck(String id) {
        SpotCheck check = requireCheck(id, AuditOperation.SPOT_CHECK_READ);
        audit.event(AuditOperation.SPOT_CHECK_READ).record(check.id).succeeded();
        return view(check, store.countFiles(List.of(check.id)), regionNames(List.of(check.regionCode)));
    }

    /** A page of the spot checks of regions in the caller's jurisdiction (or under one region of it), latest first. */
    @Transactional
    public SpotCheckConnection listSpotChecks(String regionCode, Integer year, Integer first, String after) {
        PageRequest page = PageRequest.of(first, after, CURSOR_CHECK);
        if (!currentUser.isCivilAffairsOfficer()) {
            throw currentUser.refused();
        }
        String prefix = currentUser.childScope().regionPrefix().orElseThrow(currentUser::refused);
        if (regionCode != null) {
            prefix = regions.requireRegionInJurisdiction(regionCode, currentUser.childScope()).scopePrefix();
        }
        List<SpotCheck> rows = store.pageChecks(prefix, year, page);
        Map<UUID, int[]> counts = store.countFiles(rows.stream().map(c -> c.id).toList());
        Map<String, String> names = regionNames(rows.stream().map(c -> c.regionCode).toList());
        SpotCheckConnection connection = page.toConnection(rows.stream().map(c -> view(c, counts, names)).toList(),
                CURSOR_CHECK, v -> SpotCheckStore.LATEST_FIRST.key(v.openedAt(), v.id()), SpotCheckEdge::new,
                SpotCheckConnection::new);
        if (!connection.edges().isEmpty()) {
            audit.event(AuditOperation.SPOT_CHECK_LIST)
                    .records(connection.edges().stream().map(e -> e.node().id()).toList()).succeeded();
        }
        return connection;
    }

    /** A page of the files a check drew, optionally of one township, by township and rank (officers). */
    @Transactional
    public SpotCheckFileConnection listSpotCheckFiles(String spotCheckId, String townshipCode, Integer first,
            String after) {
        PageRequest page = PageRequest.of(first, after, CURSOR_FILE);
        SpotCheck check = requireCheck(spotCheckId, AuditOperation.SPOT_CHECK_FILE_READ);
        if (townshipCode != null && (RegionCode.parse(townshipCode).isEmpty()
                || RegionCode.parse(townshipCode).get().level() != RegionLevel.TOWNSHIP)) {
            throw ValidationFailedException.of("townshipCode", TOWNSHIP_CODE_INVALID,
                    "townshipCode is the 12-digit code of a township.");
        }
        List<SpotCheckFile> rows = store.pageFiles(check.id, townshipCode, page);
        List<SpotCheckFileView> views = fileViews(rows);
        SpotCheckFileConnection connection = page.toConnection(views, CURSOR_FILE,
                v -> SpotCheckStore.BY_POSITION.key(v.townshipCode() + String.format("%05d", v.drawRank()), v.id()),
                SpotCheckFileEdge::new, SpotCheckFileConnection::new);
        auditFiles(connection.edges().stream().map(SpotCheckFileEdge::node).toList());
        return connection;
    }

    /**
     * A drawn file with its checklist: for officers over the check's region, and for the directors and supervisors
     * of the child's village (the file a task of theirs is about).
     */
    @Transactional
    public SpotCheckFileView findSpotCheckFile(String id) {
        UUID fileId = Ids.parse("id", id);
        SpotCheckFile file = store.findFile(fileId).orElse(null);
        boolean reached = file != null && (coversAsChecker(store.findCheck(file.spotCheckId).orElseThrow().regionCode)
                || coversAsFrontLine(file.villageCode));
        if (!reached) {
            audit.event(AuditOperation.SPOT_CHECK_FILE_READ).record(fileId).notFound();
            throw new SpotCheckFileNotFoundException();
        }
        SpotCheckFileView view = fileViews(List.of(file)).get(0);
        auditFiles(List.of(view));
        return view;
    }

    /** A page of drawn files with how many the figure counts in all: the list behind a figure. */
    public record CountedFiles(long total, SpotCheckFileConnection files) {
    }

    /**
     * A page of the files drawn by a year's checks from villages under a region of an officer's jurisdiction (another
     * region is refused like an unknown one), by township and rank, that the figure counts (scored, passed, or with
     * a failed item), with the figure itself: the lists behind the annual report's figures ({@link #summarize}).
     */
    @Transactional
    public CountedFiles listFilesOfYear(String regionCode, int year, SpotCheckFigure figure, Integer first,
            String after) {
        PageRequest page = PageRequest.of(first, after, CURSOR_FILE);
        if (!currentUser.isCivilAffairsOfficer()) {
            throw currentUser.refused();
        }
        String prefix = regions.requireRegionInJurisdiction(regionCode, currentUser.childScope()).scopePrefix();
        List<SpotCheckFileView> views = fileViews(store.pageFilesOfYear(prefix, year, figure, page));
        SpotCheckFileConnection connection = page.toConnection(views, CURSOR_FILE,
                v -> SpotCheckStore.BY_POSITION.key(v.townshipCode() + String.format("%05d", v.drawRank()), v.id()),
                SpotCheckFileEdge::new, SpotCheckFileConnection::new);
        auditFiles(views);
        return new CountedFiles(store.countOfYear(prefix, year, figure), connection);
    }

    private void auditFiles(List<SpotCheckFileView> files) {
        if (files.isEmpty()) {
            return;
        }
        List<String> records = new ArrayList<>();
        files.forEach(file -> {
            records.add(file.id());
            records.add(file.childId());
        });
        audit.event(AuditOperation.SPOT_CHECK_FILE_READ).records(records).succeeded();
    }

    /**
     * Scores a drawn file (officers over the check's region): every item the checker scores, pre-filled items only to
     * override them, with a note. Each failed item becomes a rectification task for the director of the child's
     * village, due in {@code tonghu.spotcheck.rectification-days}; the village's directors are alerted. A file is
     * scored once; a stale expectedVersion gets CONFLICT.
     */
    @Transactional
    public SpotCheckFileView scoreSpotCheckFile(String id, int expectedVersion, SpotCheckScoreInput input) {
        AuditOperation operation = AuditOperation.SPOT_CHECK_FILE_SCORE;
        UUID fileId = Ids.parse("id", id);
        SpotCheckFile file = store.findFile(fileId).orElse(null);
        if (file == null || !coversAsChecker(store.findCheck(file.spotCheckId).orElseThrow().regionCode)) {
            audit.event(operation).record(fileId).notFound();
            throw new SpotCheckFileNotFoundException();
        }
        if (file.version != expectedVersion) {
            throw audit.event(operation).record(fileId).conflict();
        }
        List<Problem> problems = new ArrayList<>();
        if (file.scoredAt != null) {
            problems.add(Problem.ofField("id", FILE_ALREADY_SCORED, "The file is scored already."));
        }
        Map<SpotCheckItem, Integer> positions = new EnumMap<>(SpotCheckItem.class);
        for (int i = 0; i < input.items().size(); i++) {
            if (positions.putIfAbsent(input.items().get(i).item(), i) != null) {
                problems.add(Problem.ofField("input.items[" + i + "].item", ITEM_REPEATED,
                        "Each item is scored once."));
            }
        }
        Map<SpotCheckItem, Boolean> results = new EnumMap<>(SpotCheckItem.class);
        Map<SpotCheckItem, String> notes = new EnumMap<>(SpotCheckItem.class);
        for (SpotCheckItem item : SpotCheckItem.values()) {
            Boolean prefilled = file.prefilled(item);
            Integer position = positions.get(item);
            if (position == null) {
                if (prefilled == null) {
                    problems.add(Problem.ofField("input.items", ITEM_REQUIRED, "Score the item " + item + "."));
                } else {
                    results.put(item, prefilled);
                }
                continue;
            }
            SpotCheckItemInput given = input.items().get(position);
            String field = "input.items[" + position + "]";
            String note = TextRules.text(field + ".note", given.note(), 500, false, problems);
            if (prefilled != null && given.passed() != prefilled && note == null) {
                problems.add(Problem.ofField(field + ".note", OVERRIDE_NEEDS_NOTE,
                        "Say why the data's answer does not hold."));
            }
            results.put(item, given.passed());
            if (note != null) {
                notes.put(item, note);
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationFailedException(problems);
        }
        results.forEach((item, passed) -> store.insertItem(file.id, item, file.prefilled(item), passed,
                notes.get(item)));
        long passedCount = results.values().stream().filter(Boolean::booleanValue).count();
        file.score = (int) Math.round(100.0 * passedCount / results.size());
        file.passed = passedCount == results.size();
        file.scoredByName = currentUser.displayName();
        file.scoredAt = clock.now();
        List<UUID> tasks = file.passed ? List.of() : createTasks(file, results);
        store.flushOrConflict(() -> audit.event(operation).record(fileId).conflict());
        List<Object> records = new ArrayList<>(List.of(file.id, file.childId));
        records.addAll(tasks);
        audit.event(operation).records(records).succeeded();
        return fileViews(List.of(file)).get(0);
    }

    private List<UUID> createTasks(SpotCheckFile file, Map<SpotCheckItem, Boolean> results) {
        ChildView child = children.findChildrenInScope(List.of(file.childId)).get(file.childId.toString());
        String village = child == null ? file.villageCode : child.residenceVillageCode();
        Optional<AppointmentView> director = child == null ? Optional.empty()
                : appointments.directorsOf(List.of(child)).get(0).stream()
                        .min(Comparator.comparing(AppointmentView::startsOn).thenComparing(AppointmentView::id));
        LocalDate dueOn = today().plusDays(config.rectificationDays());
        List<UUID> ids = new ArrayList<>();
        results.forEach((item, passed) -> {
            if (passed) {
                return;
            }
            RectificationTask task = new RectificationTask();
            task.id = UUID.randomUUID();
            task.spotCheckId = file.spotCheckId;
            task.fileId = file.id;
            task.item = item;
            task.childId = file.childId;
            task.villageCode = village;
            task.directorAppointmentId = director.map(d -> UUID.fromString(d.id())).orElse(null);
            task.directorName = director.map(AppointmentView::personName).orElse(null);
            task.dueOn = dueOn;
            task.status = RectificationTaskStatus.OPEN;
            store.persist(task);
            ids.add(task.id);
            alert(task, "assigned");
        });
        return ids;
    }

    /** Alerts the directors of the task's village, in the transaction that made or reopened the task. */
    private void alert(RectificationTask task, String occasion) {
        notifications.send(new Notice(NotificationKind.RECTIFICATION_TASK_ASSIGNED, TASK_SUBJECT_TYPE, task.id,
                Addressee.roleInRegion(Roles.VILLAGE_DIRECTOR, task.villageCode), occasion,
                endOfDay(task.dueOn)));
    }

    /** The results of a check by township and for its whole region (officers over its region). */
    @Transactional
    public SpotCheckResults spotCheckResults(String spotCheckId) {
        SpotCheck check = requireCheck(spotCheckId, AuditOperation.SPOT_CHECK_READ);
        List<SpotCheckStore.Tally> tallies = store.tally(check.id);
        Set<String> codes = new HashSet<>(List.of(check.regionCode));
        tallies.stream().map(SpotCheckStore.Tally::townshipCode).filter(code -> code != null).forEach(codes::add);
        Map<String, String> names = regionNames(codes);
        List<SpotCheckRegionResult> townships = new ArrayList<>();
        SpotCheckRegionResult total = result(check.regionCode, names,
                new SpotCheckStore.Tally(null, 0, 0, 0, 0, 0, 0));
        for (SpotCheckStore.Tally tally : tallies) {
            if (tally.townshipCode() == null) {
                total = result(check.regionCode, names, tally);
            } else {
                townships.add(result(tally.townshipCode(), names, tally));
            }
        }
        audit.event(AuditOperation.SPOT_CHECK_READ).record(check.id).because("RESULTS").succeeded();
        return new SpotCheckResults(check.id.toString(), total, townships);
    }

    private static SpotCheckRegionResult result(String code, Map<String, String> names, SpotCheckStore.Tally tally) {
        return new SpotCheckRegionResult(code, names.getOrDefault(code, code), tally.files(), tally.scored(),
                tally.passed(), tally.failedItems(),
                tally.scored() == 0 ? null : Math.round(10.0 * tally.scoreSum() / tally.scored()) / 10.0,
                tally.openTasks());
    }

    /**
     * The check's draw run again now with its seed, region, size and population day, compared with the sample it
     * recorded (officers over its region): the proof that the sample was drawn as the seed says.
     */
    @Transactional
    public SpotCheckRedraw redrawSpotCheck(String spotCheckId) {
        SpotCheck check = requireCheck(spotCheckId, AuditOperation.SPOT_CHECK_READ);
        String prefix = RegionCode.parse(check.regionCode).orElseThrow().scopePrefix();
        Set<String> drawn = store.draw(prefix, check.seed, check.filesPerTownship, check.populationOn).stream()
                .map(d -> d.childId() + "|" + d.townshipCode() + "|" + d.rank()).collect(Collectors.toSet());
        Set<String> recorded = store.filesOf(check.id).stream()
                .map(f -> f.childId + "|" + f.townshipCode + "|" + f.drawRank).collect(Collectors.toSet());
        int inBoth = (int) recorded.stream().filter(drawn::contains).count();
        audit.event(AuditOperation.SPOT_CHECK_READ).record(check.id).because("REDRAW").succeeded();
        return new SpotCheckRedraw(check.id.toString(), inBoth == drawn.size() && inBoth == recorded.size(),
                recorded.size(), drawn.size(), inBoth);
    }

    /**
     * A page of rectification tasks, the earliest deadline first: an officer's of the villages of their jurisdiction
     * (optionally of one check, of one status, or only the overdue), a director's or supervisor's of their villages.
     */
    @Transactional
    public RectificationTaskConnection listRectificationTasks(RectificationTaskStatus status, String spotCheckId,
            boolean overdueOnly, Integer first, String after) {
        PageRequest page = PageRequest.of(first, after, CURSOR_TASK);
        if (!currentUser.isCivilAffairsOfficer() && !isFrontLine()) {
            throw currentUser.refused();
        }
        String prefix = currentUser.childScope().regionPrefix().orElseThrow(currentUser::refused);
        UUID checkId = spotCheckId == null ? null : Ids.parse("spotCheckId", spotCheckId);
        LocalDate today = today();
        List<RectificationTask> rows = store.pageTasks(prefix, status, checkId, overdueOnly, today, page);
        return taskConnection(rows, page, today, overdueOnly ? "OVERDUE" : null);
    }

    /** A page of rectification tasks with how many there are in all: the list behind a figure. */
    public record CountedTasks(long total, RectificationTaskConnection tasks) {
    }

    /**
     * A page of the rectification tasks of a year's checks on the files of villages under a region of an officer's
     * jurisdiction (another region is refused like an unknown one), confirmed or not yet, the earliest deadline first,
     * with how many there are in all: the lists behind the annual report's figures ({@link #summarize}).
     */
    @Transactional
    public CountedTasks listRectificationTasksOfYear(String regionCode, int year, boolean confirmed, Integer first,
            String after) {
        PageRequest page = PageRequest.of(first, after, CURSOR_TASK);
        if (!currentUser.isCivilAffairsOfficer()) {
            throw currentUser.refused();
        }
        String prefix = regions.requireRegionInJurisdiction(regionCode, currentUser.childScope()).scopePrefix();
        LocalDate today = today();
        List<RectificationTask> rows = store.pageTasksOfYear(prefix, year, confirmed, page);
        return new CountedTasks(store.countTasksOfYear(prefix, year, confirmed),
                taskConnection(rows, page, today, confirmed ? "CONFIRMED_IN_YEAR" : "NOT_CONFIRMED_IN_YEAR"));
    }

    private RectificationTaskConnection taskConnection(List<RectificationTask> rows, PageRequest page,
            LocalDate today, String because) {
        Map<UUID, String> names = rows.isEmpty() ? Map.of()
                : children.findNames(rows.stream().map(t -> t.childId).collect(Collectors.toSet()));
        RectificationTaskConnection connection = page.toConnection(
                rows.stream().map(t -> taskView(t, names, today)).toList(), CURSOR_TASK,
                v -> SpotCheckStore.DUE_FIRST.key(v.dueOn(), v.id()), RectificationTaskEdge::new,
                RectificationTaskConnection::new);
        if (!connection.edges().isEmpty()) {
            List<String> records = new ArrayList<>();
            connection.edges().forEach(edge -> {
                records.add(edge.node().id());
                records.add(edge.node().childId());
            });
            audit.event(AuditOperation.RECTIFICATION_TASK_LIST).records(records).because(because).succeeded();
        }
        return connection;
    }

    /** A rectification task: for officers over its village and its village's directors and supervisors. */
    @Transactional
    public RectificationTaskView findRectificationTask(String id) {
        UUID taskId = Ids.parse("id", id);
        RectificationTask task = store.findTask(taskId).orElse(null);
        if (task == null || !(coversAsChecker(task.villageCode) || coversAsFrontLine(task.villageCode))) {
            audit.event(AuditOperation.RECTIFICATION_TASK_READ).record(taskId).notFound();
            throw new RectificationTaskNotFoundException();
        }
        audit.event(AuditOperation.RECTIFICATION_TASK_READ).records(List.of(task.id, task.childId)).succeeded();
        return taskView(task, children.findNames(List.of(task.childId)), today());
    }

    /** Marks an open task done with a note (the directors and supervisors of its village). */
    @Transactional
    public RectificationTaskView completeRectificationTask(String id, int expectedVersion, String note) {
        RectificationTask task = requireTask(id, expectedVersion, AuditOperation.RECTIFICATION_TASK_COMPLETE, false);
        List<Problem> problems = new ArrayList<>();
        if (task.status != RectificationTaskStatus.OPEN) {
            problems.add(Problem.ofField("id", TASK_NOT_OPEN, "The task is not open."));
        }
        String text = TextRules.text("note", note, 1000, true, problems);
        if (!problems.isEmpty()) {
            throw new ValidationFailedException(problems);
        }
        task.status = RectificationTaskStatus.DONE;
        task.doneNote = text;
        task.doneByName = currentUser.displayName();
        task.doneAt = clock.now();
        return saveTask(task, AuditOperation.RECTIFICATION_TASK_COMPLETE);
    }

    /** Confirms a task done (officers over its village). */
    @Transactional
    public RectificationTaskView confirmRectificationTask(String id, int expectedVersion) {
        RectificationTask task = requireTask(id, expectedVersion, AuditOperation.RECTIFICATION_TASK_CONFIRM, true);
        if (task.status != RectificationTaskStatus.DONE) {
            throw ValidationFailedException.of("id", TASK_NOT_DONE, "The task is not marked done.");
        }
        task.status = RectificationTaskStatus.CONFIRMED;
        task.confirmedByName = currentUser.displayName();
        task.confirmedAt = clock.now();
        return saveTask(task, AuditOperation.RECTIFICATION_TASK_CONFIRM);
    }

    /**
     * Reopens a task marked done that is not put right (officers over its village), with a note; it is due again in
     * {@code tonghu.spotcheck.rectification-days} and the village's directors are alerted again.
     */
    @Transactional
    public RectificationTaskView reopenRectificationTask(String id, int expectedVersion, String note) {
        RectificationTask task = requireTask(id, expectedVersion, AuditOperation.RECTIFICATION_TASK_REOPEN, true);
        List<Problem> problems = new ArrayList<>();
        if (task.status != RectificationTaskStatus.DONE) {
            problems.add(Problem.ofField("id", TASK_NOT_DONE, "The task is not marked done."));
        }
        String text = TextRules.text("note", note, 1000, true, problems);
        if (!problems.isEmpty()) {
            throw new ValidationFailedException(problems);
        }
        task.status = RectificationTaskStatus.OPEN;
        task.reopenNote = text;
        task.dueOn = today().plusDays(config.rectificationDays());
        alert(task, "reopened:" + (task.version + 1));
        return saveTask(task, AuditOperation.RECTIFICATION_TASK_REOPEN);
    }

    private RectificationTask requireTask(String id, int expectedVersion, AuditOperation operation,
            boolean checker) {
        UUID taskId = Ids.parse("id", id);
        RectificationTask task = store.findTask(taskId).orElse(null);
        if (task == null || !(checker ? coversAsChecker(task.villageCode) : coversAsFrontLine(task.villageCode))) {
            audit.event(operation).record(taskId).notFound();
            throw new RectificationTaskNotFoundException();
        }
        if (task.version != expectedVersion) {
            throw audit.event(operation).record(taskId).conflict();
        }
        return task;
    }

    private RectificationTaskView saveTask(RectificationTask task, AuditOperation operation) {
        store.flushOrConflict(() -> audit.event(operation).record(task.id).conflict());
        audit.event(operation).records(List.of(task.id, task.childId)).succeeded();
        return taskView(task, children.findNames(List.of(task.childId)), today());
    }

    /**
     * A year's spot-check figures of the files drawn from villages under a region prefix (e.g. "140521" for a county),
     * whatever check drew them, for the annual progress report: files scored and passed, items failed, tasks open
     * (not yet confirmed) and closed (confirmed). The caller's jurisdiction must cover the prefix. Aggregates only;
     * audited. Three queries.
     */
    @Transactional
    public SpotCheckSummary summarize(String regionPrefix, int year) {
        if (regionPrefix == null || !regionPrefix.matches("\\d{2,12}")) {
            throw ValidationFailedException.of("regionPrefix", REGION_PREFIX_INVALID,
                    "regionPrefix is 2 to 12 digits of a region code.");
        }
        String jurisdiction = currentUser.childScope().regionPrefix().orElseThrow(currentUser::refused);
        if (!currentUser.isCivilAffairsOfficer() || !regionPrefix.startsWith(jurisdiction)) {
            throw currentUser.refused();
        }
        SpotCheckSummary summary = store.summarize(regionPrefix, year);
        audit.event(AuditOperation.SPOT_CHECK_SUMMARY).on(AuditRecordType.REGION).record(regionPrefix)
                .because(String.valueOf(year)).succeeded();
        return summary;
    }

    /** {@link #summarize} for a region of the caller's jurisdiction, as the graph asks it. */
    @Transactional
    public SpotCheckSummary summarizeRegion(String regionCode, int year) {
        if (!currentUser.isCivilAffairsOfficer()) {
            throw currentUser.refused();
        }
        return summarize(regions.requireRegionInJurisdiction(regionCode, currentUser.childScope()).scopePrefix(), year);
    }

    private SpotCheck requireCheck(String id, AuditOperation operation) {
        UUID checkId = Ids.parse(operation == AuditOperation.SPOT_CHECK_FILE_READ ? "spotCheckId" : "id", id);
        Optional<SpotCheck> check = store.findCheck(checkId).filter(c -> coversAsChecker(c.regionCode));
        if (check.isEmpty()) {
            audit.event(operation).on(AuditRecordType.SPOT_CHECK).record(checkId).notFound();
            throw new SpotCheckNotFoundException();
        }
        return check.get();
    }

    private boolean coversAsChecker(String regionCode) {
        return currentUser.isCivilAffairsOfficer() && currentUser.childScope().coversRegion(regionCode);
    }

    private boolean coversAsFrontLine(String villageCode) {
        return isFrontLine() && currentUser.childScope().coversRegion(villageCode);
    }

    private boolean isFrontLine() {
        return currentUser.hasRole(Roles.VILLAGE_DIRECTOR) || currentUser.hasRole(Roles.TOWNSHIP_SUPERVISOR);
    }

    private LocalDate today() {
        return clock.now().atZoneSameInstant(ChinaTime.ZONE).toLocalDate();
    }

    private Map<String, String> regionNames(Collection<String> codes) {
        Map<String, String> names = new HashMap<>();
        regions.findRegions(codes).forEach((code, region) -> names.put(code, region.name()));
        return names;
    }

    private static SpotCheckView view(SpotCheck check, Map<UUID, int[]> counts, Map<String, String> names) {
        int[] count = counts.getOrDefault(check.id, new int[] { 0, 0 });
        return new SpotCheckView(check.id.toString(), check.regionCode,
                names.getOrDefault(check.regionCode, check.regionCode), check.year, check.filesPerTownship,
                check.seed, check.populationOn, check.openedByName, check.openedAt, count[0], count[1],
                (int) check.version);
    }

    private List<SpotCheckFileView> fileViews(List<SpotCheckFile> files) {
        if (files.isEmpty()) {
            return List.of();
        }
        Map<UUID, String> names = children.findNames(files.stream().map(f -> f.childId).collect(Collectors.toSet()));
        Map<UUID, Map<SpotCheckItem, Object[]>> scored = store.itemsOf(files.stream().map(f -> f.id).toList());
        return files.stream().map(file -> {
            Map<SpotCheckItem, Object[]> items = scored.getOrDefault(file.id, Map.of());
            List<SpotCheckItemView> checklist = new ArrayList<>();
            for (SpotCheckItem item : SpotCheckItem.values()) {
                Object[] result = items.get(item);
                checklist.add(new SpotCheckItemView(item, item.fromData(), file.prefilled(item),
                        result == null ? null : (Boolean) result[0], result == null ? null : (String) result[1]));
            }
            return new SpotCheckFileView(file.id.toString(), file.spotCheckId.toString(), file.childId.toString(),
                    names.getOrDefault(file.childId, ""), file.townshipCode, file.villageCode, file.drawRank,
                    checklist, file.score, file.passed, file.scoredByName, file.scoredAt, (int) file.version);
        }).toList();
    }

    private static RectificationTaskView taskView(RectificationTask task, Map<UUID, String> names, LocalDate today) {
        return new RectificationTaskView(task.id.toString(), task.spotCheckId.toString(), task.fileId.toString(),
                task.childId.toString(), names.getOrDefault(task.childId, ""), task.villageCode, task.item,
                task.directorName, task.dueOn,
                task.status == RectificationTaskStatus.OPEN && task.dueOn.isBefore(today), task.status,
                task.doneNote, task.doneByName, task.doneAt, task.confirmedByName, task.confirmedAt,
                task.reopenNote, (int) task.version);
    }

    /** The end of a due day, China time: when a task becomes overdue. */
    static OffsetDateTime endOfDay(LocalDate day) {
        return day.plusDays(1).atStartOfDay(ChinaTime.ZONE).toOffsetDateTime();
    }
}

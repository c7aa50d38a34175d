package org.tonghu.placement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.tonghu.audit.AuditLog;
import org.tonghu.audit.AuditOperation;
import org.tonghu.audit.AuditRecordType;
import org.tonghu.child.ChildAccess;
import org.tonghu.child.ChildNotFoundException;
import org.tonghu.child.ChildService;
import org.tonghu.child.ChildView;
import org.tonghu.graphql.Ids;
import org.tonghu.graphql.PageRequest;
import org.tonghu.graphql.Problem;
import org.tonghu.graphql.ValidationFailedException;
import org.tonghu.guardian.GuardianService;
import org.tonghu.notification.NotificationService;
import org.tonghu.organization.OrganizationKind;
import org.tonghu.organization.OrganizationService;
import org.tonghu.organization.OrganizationView;
import org.tonghu.protection.ProtectionReportNotFoundException;
import org.tonghu.protection.ProtectionReportService;
import org.tonghu.region.RegionService;
import org.tonghu.regioncode.RegionCode;
import org.tonghu.regioncode.RegionLevel;
import org.tonghu.security.CurrentUser;
import org.tonghu.security.Roles;
import org.tonghu.time.ChinaTime;
import org.tonghu.time.Clock;
import org.tonghu.validation.TextRules;

/**
 * Temporary custody and placement (临时监护, policy §6-§7). Civil-affairs officers over the child's county record a
 * placement (with relatives, a foster family, a minors' rescue-protection institution or a child-welfare institution),
 * review it periodically and end it with an outcome; a child has at most one open placement, which the database
 * enforces. The village directors and township supervisors of the child see where the child lives and when a review is
 * due, not the case work; partners see nothing. Every read and change is audited.
 */
@ApplicationScoped
public class PlacementService {

    static final String CURSOR_KIND = "placement";
    static final String PLACEMENT_ALREADY_OPEN = "PLACEMENT_ALREADY_OPEN";
    static final String PLACEMENT_ENDED = "PLACEMENT_ENDED";
    static final String CARER_REQUIRED = "CARER_REQUIRED";
    static final String YEAR_INVALID = "YEAR_INVALID";
    static final String CARER_NOT_ALLOWED = "CARER_NOT_ALLOWED";
    static final String GUARDIAN_NOT_LINKED = "GUARDIAN_NOT_LINKED";
    static final String INSTITUTION_REQUIRED = "INSTITUTION_REQUIRED";
    static final String INSTITUTION_NOT_ALLOWED = "INSTITUTION_NOT_ALLOWED";
    static final String ORGANIZATION_NOT_FOUND = "ORGANIZATION_NOT_FOUND";
    static final String ORGANIZATION_KIND_MISMATCH = "ORGANIZATION_KIND_MISMATCH";
    static final String STARTS_ON_INVALID = "STARTS_ON_INVALID";
    static final String REVIEW_ON_INVALID = "REVIEW_ON_INVALID";
    static final String REVIEWED_ON_INVALID = "REVIEWED_ON_INVALID";
    static final String ENDED_ON_INVALID = "ENDED_ON_INVALID";
    static final String NOTE_REQUIRED = "NOTE_REQUIRED";
    static final String NOT_OF_AGE = "NOT_OF_AGE";
    /** The age of majority (PRC Civil Code art. 17): a placement ends in adulthood only then. */
    static final int ADULT_AGE = 18;
    static final String PROTECTION_REPORT_NOT_FOUND = "PROTECTION_REPORT_NOT_FOUND";
    static final String PROTECTION_REPORT_OF_ANOTHER_CHILD = "PROTECTION_REPORT_OF_ANOTHER_CHILD";
    static final String REGION_OUT_OF_SCOPE = "REGION_OUT_OF_SCOPE";
    static final String DAYS_OUT_OF_RANGE = "DAYS_OUT_OF_RANGE";
    static final String ALREADY_OPEN_MESSAGE = "The child has an open placement: end it first.";
    /** The longest time between reviews. */
    static final int MAX_REVIEW_DAYS = 366;

    /** What one caller sees of one placement. */
    enum Audience {
        NONE,
        /** The child's village directors and township supervisors: where the child lives and the dates. */
        FRONT_LINE,
        /** Civil-affairs officers over the child's county: everything, and they alone change it. */
        CIVIL_AFFAIRS
    }

    private final PlacementStore store;
    private final ChildService children;
    private final GuardianService guardians;
    private final OrganizationService organizations;
    private final ProtectionReportService reports;
    private final RegionService regions;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;
    private final PlacementConfig config;
    private final NotificationService notifications;

    PlacementService(PlacementStore store, ChildService children, GuardianService guardians,
            OrganizationService organizations, ProtectionReportService reports, RegionService regions,
            CurrentUser currentUser, AuditLog audit, Clock clock, PlacementConfig config,
            NotificationService notifications) {
        this.store = store;
        this.children = children;
        this.guardians = guardians;
        this.organizations = organizations;
        this.reports = reports;
        this.regions = regions;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
        this.config = config;
        this.notifications = notifications;
    }

    /** Records a placement of a child in the caller's county (or below their city or province). */
    @Transactional
    public PlacementView recordPlacement(PlacementInput input) {
        ChildAccess child = children.requireAccess("input.childId", input.childId(), AuditOperation.PLACEMENT_RECORD);
        if (!child.throughJurisdiction() || !coversAsCivilAffairs(child.residenceVillageCode())) {
            audit.event(AuditOperation.PLACEMENT_RECORD).on(AuditRecordType.CHILD).record(child.childId()).notFound();
            throw new ChildNotFoundException();
        }
        LocalDate today = today();
        List<Problem> problems = new ArrayList<>();
        if (!child.fileOpen()) {
            problems.add(Problem.ofField("input.childId", ChildAccess.CHILD_FILE_CLOSED,
                    "The child's file is closed."));
        }
        Placement placement = new Placement();
        placement.id = UUID.randomUUID();
        placement.childId = child.childId();
        placement.kind = input.kind();
        carerOrInstitution(placement, input, problems);
        if (input.startsOn().isAfter(today) || input.startsOn().isBefore(child.birthDate())) {
            problems.add(Problem.ofField("input.startsOn", STARTS_ON_INVALID,
                    "startsOn lies between the child's birth and today."));
        }
        placement.startsOn = input.startsOn();
        placement.nextReviewOn = input.firstReviewOn() == null ? input.startsOn().plus(config.reviewEvery())
                : input.firstReviewOn();
        checkReviewDate("input.firstReviewOn", input.startsOn(), placement.nextReviewOn, problems);
        placement.reasons = TextRules.text("input.reasons", input.reasons(), 2000, true, problems);
        placement.legalBasis = TextRules.text("input.legalBasis", input.legalBasis(), 500, false, problems);
        if (input.protectionReportId() != null) {
            placement.protectionReportId = report(input.protectionReportId(), child.childId(), problems);
        }
        if (problems.isEmpty() && store.hasOpenPlacement(child.childId())) {
            problems.add(Problem.ofField("input.childId", PLACEMENT_ALREADY_OPEN, ALREADY_OPEN_MESSAGE));
        }
        if (!problems.isEmpty()) {
            throw new ValidationFailedException(problems);
        }
        placement.recordedByName = currentUser.displayName();
        placement.recordedBySubject = currentUser.subject();
        store.persist(placement);
        store.flushOrAlreadyOpen("input.childId", PLACEMENT_ALREADY_OPEN, ALREADY_OPEN_MESSAGE,
                () -> audit.event(AuditOperation.PLACEMENT_RECORD).on(AuditRecordType.CHILD)
                        .record(child.childId()).conflict());
        audit.event(AuditOperation.PLACEMENT_RECORD).records(List.of(placement.id, child.childId())).succeeded();
        alertIfNear(placement, child.residenceVillageCode());
        return view(placement, List.of(), Audience.CIVIL_AFFAIRS, today);
    }

    private void carerOrInstitution(Placement placement, PlacementInput input, List<Problem> problems) {
        boolean carerGiven = input.carerGuardianId() != null || input.carerName() != null
                || input.carerPhone() != null;
        if (!input.kind().withFamily()) {
            if (carerGiven) {
                problems.add(Problem.ofField("input.carerName", CARER_NOT_ALLOWED,
                        "An institution placement names the institution, not a carer."));
            }
            if (input.institutionId() == null) {
                problems.add(Problem.ofField("input.institutionId", INSTITUTION_REQUIRED,
                        "Name the institution."));
                return;
            }
            UUID id = Ids.parse("input.institutionId", input.institutionId());
            Optional<OrganizationView> institution = organizations.findOrganization(id);
            OrganizationKind wanted = input.kind() == PlacementKind.RESCUE_PROTECTION_INSTITUTION
                    ? OrganizationKind.MINOR_PROTECTION_CENTER : OrganizationKind.CHILD_WELFARE_INSTITUTION;
            if (institution.isEmpty()) {
                problems.add(Problem.ofField("input.institutionId", ORGANIZATION_NOT_FOUND,
                        "No organization with this id."));
            } else if (institution.get().kind() != wanted) {
                problems.add(Problem.ofField("input.institutionId", ORGANIZATION_KIND_MISMATCH,
                        "The organization is not an institution of the placement's kind."));
            }
            placement.institutionId = id;
            return;
        }
        if (input.institutionId() != null) {
            problems.add(Problem.ofField("input.institutionId", INSTITUTION_NOT_ALLOWED,
                    "A family placement names its carer, not an institution."));
        }
        placement.carerName = TextRules.text("input.carerName", input.carerName(), 50, false, problems);
        placement.carerPhone = TextRules.phone("input.carerPhone", input.carerPhone(), problems);
        if (input.carerGuardianId() != null) {
            UUID guardian = Ids.parse("input.carerGuardianId", input.carerGuardianId());
            Optional<GuardianService.GuardianOfChild> linked = guardians.findGuardiansOfChildren(
                    List.of(placement.childId)).stream().filter(g -> g.guardianId().equals(guardian)).findFirst();
            if (linked.isEmpty()) {
                problems.add(Problem.ofField("input.carerGuardianId", GUARDIAN_NOT_LINKED,
                        "The guardian is not linked to the child."));
            } else {
                placement.carerGuardianId = guardian;
                if (placement.carerName == null) {
                    placement.carerName = linked.get().name();
                }
            }
        } else if (placement.carerName == null) {
            problems.add(Problem.ofField("input.carerName", CARER_REQUIRED,
                    "Name the carer, or link a guardian of the child."));
        }
    }

    private UUID report(String reportId, UUID childId, List<Problem> problems) {
        UUID id = Ids.parse("input.protectionReportId", reportId);
        try {
            String about = reports.findReport(id.toString()).childId();
            if (!childId.toString().equals(about)) {
                problems.add(Problem.ofField("input.protectionReportId", PROTECTION_REPORT_OF_ANOTHER_CHILD,
                        "The report is not about this child."));
            }
        } catch (ProtectionReportNotFoundException e) {
            problems.add(Problem.ofField("input.protectionReportId", PROTECTION_REPORT_NOT_FOUND,
                    "No report with this id that you may see."));
        }
        return id;
    }

    private static void checkReviewDate(String field, LocalDate from, LocalDate review, List<Problem> problems) {
        if (!review.isAfter(from) || review.isAfter(from.plusDays(MAX_REVIEW_DAYS))) {
            problems.add(Problem.ofField(field, REVIEW_ON_INVALID,
                    "The review lies after the start (or the last review) and within a year of it."));
        }
    }

    /** Records a review of an open placement; its next review date becomes the placement's. */
    @Transactional
    public PlacementView reviewPlacement(String id, int expectedVersion, PlacementReviewInput input) {
        Placement placement = requireToChange(id, expectedVersion, AuditOperation.PLACEMENT_REVIEW);
        LocalDate today = today();
        List<Problem> problems = new ArrayList<>();
        if (placement.endedOn != null) {
            problems.add(Problem.ofField("id", PLACEMENT_ENDED, "The placement has ended."));
        }
        LocalDate reviewedOn = input.reviewedOn() == null ? today : input.reviewedOn();
        if (reviewedOn.isAfter(today) || reviewedOn.isBefore(placement.startsOn)) {
            problems.add(Problem.ofField("input.reviewedOn", REVIEWED_ON_INVALID,
                    "reviewedOn lies between the start and today."));
        }
        LocalDate next = input.nextReviewOn() == null ? reviewedOn.plus(config.reviewEvery()) : input.nextReviewOn();
        checkReviewDate("input.nextReviewOn", reviewedOn, next, problems);
        String finding = TextRules.text("input.finding", input.finding(), 2000, true, problems);
        if (!problems.isEmpty()) {
            throw new ValidationFailedException(problems);
        }
        PlacementReview review = new PlacementReview();
        review.id = UUID.randomUUID();
        review.placementId = placement.id;
        review.reviewedOn = reviewedOn;
        review.finding = finding;
        review.nextReviewOn = next;
        review.reviewedByName = currentUser.displayName();
        review.reviewedBySubject = currentUser.subject();
        review.recordedAt = clock.now();
        store.persistReview(review);
        placement.nextReviewOn = next;
        PlacementView saved = save(placement, AuditOperation.PLACEMENT_REVIEW, today);
        alertIfNear(placement, children.findResidenceVillages(List.of(placement.childId)).get(placement.childId));
        return saved;
    }

    /**
     * Alerts a review that is near already when written (the deadline-alert job has looked past the moment it came
     * near), with the occasion the job would give it, so it is alerted once either way.
     */
    private void alertIfNear(Placement placement, String villageCode) {
        if (!PlacementReviewAlerts.nearAt(placement.nextReviewOn, config.reviewNear()).isAfter(clock.now())) {
            PlacementReviewAlerts.notices(placement.id, placement.nextReviewOn, villageCode)
                    .forEach(notifications::send);
        }
    }

    /** Ends an open placement with its outcome. */
    @Transactional
    public PlacementView endPlacement(String id, int expectedVersion, PlacementEndInput input) {
        Placement placement = requireToChange(id, expectedVersion, AuditOperation.PLACEMENT_END);
        LocalDate today = today();
        List<Problem> problems = new ArrayList<>();
        if (placement.endedOn != null) {
            problems.add(Problem.ofField("id", PLACEMENT_ENDED, "The placement has ended."));
        }
        LocalDate endedOn = input.endedOn() == null ? today : input.endedOn();
        if (endedOn.isAfter(today) || endedOn.isBefore(placement.startsOn)) {
            problems.add(Problem.ofField("input.endedOn", ENDED_ON_INVALID,
                    "endedOn lies between the start and today."));
        }
        String note = TextRules.text("input.note", input.note(), 1000, false, problems);
        if (note == null && input.outcome() == PlacementOutcome.OTHER) {
            problems.add(Problem.ofField("input.note", NOTE_REQUIRED, "Say what the outcome was."));
        }
        if (input.outcome() == PlacementOutcome.ADULTHOOD && children.requireAccess("id",
                placement.childId.toString(), AuditOperation.PLACEMENT_END).birthDate().plusYears(ADULT_AGE)
                .isAfter(endedOn)) {
            problems.add(Problem.ofField("input.outcome", NOT_OF_AGE, "The child is not 18 on endedOn."));
        }
        if (!problems.isEmpty()) {
            throw new ValidationFailedException(problems);
        }
        placement.endedOn = endedOn;
        placement.endOutcome = input.outcome();
        placement.endNote = note;
        placement.endedByName = currentUser.displayName();
        return save(placement, AuditOperation.PLACEMENT_END, today);
    }

    private Placement requireToChange(String id, int expectedVersion, AuditOperation operation) {
        UUID placementId = Ids.parse("id", id);
        Placement placement = store.findById(placementId);
        if (placement == null || audience(placement) != Audience.CIVIL_AFFAIRS) {
            audit.event(operation).record(placementId).notFound();
            throw new PlacementNotFoundException();
        }
        if (placement.version != expectedVersion) {
            throw audit.event(operation).record(placementId).conflict();
        }
        return placement;
    }

    private PlacementView save(Placement placement, AuditOperation operation, LocalDate today) {
        store.flushOrConflict(() -> audit.event(operation).record(placement.id).conflict());
        audit.event(operation).record(placement.id).succeeded();
        return view(placement, store.listReviews(List.of(placement.id)), Audience.CIVIL_AFFAIRS, today);
    }

    /** A placement the caller may see, as their audience sees it; {@code PLACEMENT_NOT_FOUND} otherwise. */
    @Transactional
    public PlacementView findPlacement(String id) {
        UUID placementId = Ids.parse("id", id);
        Placement placement = store.findById(placementId);
        Audience audience = placement == null ? Audience.NONE : audience(placement);
        if (audience == Audience.NONE) {
            audit.event(AuditOperation.PLACEMENT_READ).record(placementId).notFound();
            throw new PlacementNotFoundException();
        }
        audit.event(AuditOperation.PLACEMENT_READ).record(placementId).succeeded();
        return view(placement, audience == Audience.CIVIL_AFFAIRS ? store.listReviews(List.of(placementId))
                : List.of(), audience, today());
    }

    /**
     * The placements of each child, in order of start, as the caller sees them (none for a caller without an
     * audience); aligned with the children. Two queries whatever the number of children, audited as one read.
     */
    @Transactional
    public List<List<PlacementView>> placementsOf(List<ChildView> childViews) {
        Map<UUID, String> villages = new LinkedHashMap<>();
        childViews.forEach(child -> villages.put(UUID.fromString(child.id()), child.residenceVillageCode()));
        Set<UUID> visible = villages.entrySet().stream().filter(e -> audience(e.getValue()) != Audience.NONE)
                .map(Map.Entry::getKey).collect(Collectors.toSet());
        List<Placement> placements = visible.isEmpty() ? List.of() : store.listOfChildren(visible);
        List<UUID> full = placements.stream()
                .filter(p -> audience(villages.get(p.childId)) == Audience.CIVIL_AFFAIRS).map(p -> p.id).toList();
        Map<UUID, List<PlacementReview>> reviews = full.isEmpty() ? Map.of()
                : store.listReviews(full).stream().collect(Collectors.groupingBy(r -> r.placementId));
        LocalDate today = today();
        Map<UUID, List<PlacementView>> byChild = new LinkedHashMap<>();
        for (Placement placement : placements) {
            byChild.computeIfAbsent(placement.childId, child -> new ArrayList<>()).add(view(placement,
                    reviews.getOrDefault(placement.id, List.of()), audience(villages.get(placement.childId)), today));
        }
        if (!placements.isEmpty()) {
            audit.event(AuditOperation.PLACEMENT_READ).records(placements.stream().map(p -> p.id).toList())
                    .succeeded();
        }
        return childViews.stream()
                .map(child -> byChild.getOrDefault(UUID.fromString(child.id()), List.<PlacementView>of())).toList();
    }

    /**
     * A page of the placements of the children under a region of the caller's jurisdiction (civil-affairs officers),
     * by next review date: reviews due first.
     */
    @Transactional
    public PlacementConnection listPlacements(String regionCode, PlacementStatus status, Integer reviewDueWithinDays,
            Integer first, String after) {
        PageRequest page = PageRequest.of(first, after, CURSOR_KIND);
        if (!currentUser.isCivilAffairsOfficer()) {
            throw currentUser.refused();
        }
        String prefix = currentUser.childScope().regionPrefix().orElseThrow(currentUser::refused);
        List<Problem> problems = new ArrayList<>();
        if (regionCode != null) {
            Optional<RegionCode> region = regions.checkKnownRegion("regionCode", regionCode, problems);
            if (region.isPresent() && !currentUser.childScope().coversRegion(region.get().value())) {
                problems.add(Problem.ofField("regionCode", REGION_OUT_OF_SCOPE,
                        "The region lies outside your jurisdiction."));
            } else if (region.isPresent()) {
                prefix = region.get().scopePrefix();
            }
        }
        if (reviewDueWithinDays != null && (reviewDueWithinDays < 0 || reviewDueWithinDays > MAX_REVIEW_DAYS)) {
            problems.add(Problem.ofField("reviewDueWithinDays", DAYS_OUT_OF_RANGE,
                    "reviewDueWithinDays is 0 to " + MAX_REVIEW_DAYS + "."));
        }
        if (!problems.isEmpty()) {
            throw new ValidationFailedException(problems);
        }
        LocalDate today = today();
        List<Placement> rows = store.page(prefix, Optional.ofNullable(status),
                Optional.ofNullable(reviewDueWithinDays).map(today::plusDays), page);
        return connection(rows, page, Audience.CIVIL_AFFAIRS, today, "LIST");
    }

    /** A page of placements with how many there are in all: the list behind a figure. */
    public record CountedPlacements(long total, PlacementConnection placements) {
    }

    /**
     * A page of the placements of the children under a region of the caller's jurisdiction (civil-affairs officers;
     * another region is refused like an unknown one) that started in a year ({@code started}), or else were open at
     * its end (or today, while it runs), with how many in all: the lists behind the annual report's figures
     * ({@link #countStartedAndOpen}).
     */
    @Transactional
    public CountedPlacements listPlacementsOfYear(String regionCode, int year, boolean started, Integer first,
            String after) {
        PageRequest page = PageRequest.of(first, after, CURSOR_KIND);
        if (!currentUser.isCivilAffairsOfficer()) {
            throw currentUser.refused();
        }
        RegionCode region = regions.requireRegionInJurisdiction(regionCode, currentUser.requireJurisdiction());
        LocalDate today = today();
        if (year < 2000 || year > today.getYear()) {
            throw ValidationFailedException.of("year", YEAR_INVALID, "A year from 2000 to this one.");
        }
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate through = today.isBefore(LocalDate.of(year, 12, 31)) ? today : LocalDate.of(year, 12, 31);
        List<Placement> rows = store.pageOfYear(region.scopePrefix(), started, from, through, page);
        String list = started ? "STARTED_IN_YEAR" : "OPEN_AT_YEAR_END";
        return new CountedPlacements(store.countOfYear(region.scopePrefix(), started, from, through),
                connection(rows, page, Audience.CIVIL_AFFAIRS, today, list));
    }

    /**
     * A page of the open placements of the children in the caller's jurisdiction whose review is due (within the alert
     * window) or overdue, the earliest first: a village director's (or township supervisor's) work list.
     */
    @Transactional
    public PlacementConnection listReviewsDue(Integer first, String after) {
        PageRequest page = PageRequest.of(first, after, CURSOR_KIND);
        if (!isFrontLine()) {
            throw currentUser.refused();
        }
        String prefix = currentUser.childScope().regionPrefix().orElseThrow(currentUser::refused);
        LocalDate today = today();
        List<Placement> rows = store.page(prefix, Optional.of(PlacementStatus.OPEN),
                Optional.of(dueBy(today)), page);
        return connection(rows, page, Audience.FRONT_LINE, today, "REVIEWS_DUE");
    }

    private PlacementConnection connection(List<Placement> rows, PageRequest page, Audience audience, LocalDate today,
            String list) {
        List<UUID> ids = rows.stream().map(p -> p.id).toList();
        Map<UUID, List<PlacementReview>> reviews = ids.isEmpty() || audience != Audience.CIVIL_AFFAIRS ? Map.of()
                : store.listReviews(ids).stream().collect(Collectors.groupingBy(r -> r.placementId));
        List<PlacementView> views = rows.stream()
                .map(p -> view(p, reviews.getOrDefault(p.id, List.of()), audience, today)).toList();
        PlacementConnection connection = page.toConnection(views, CURSOR_KIND,
                view -> PlacementStore.REVIEW_FIRST.key(view.nextReviewOn(), view.id()), PlacementEdge::new,
                PlacementConnection::new);
        if (!connection.edges().isEmpty()) {
            audit.event(AuditOperation.PLACEMENT_LIST)
                    .records(connection.edges().stream().map(edge -> edge.node().id()).toList()).because(list)
                    .succeeded();
        }
        return connection;
    }

    Audience audience(Placement placement) {
        return audience(children.findResidenceVillages(List.of(placement.childId)).get(placement.childId));
    }

    private Audience audience(String villageCode) {
        if (villageCode == null) {
            return Audience.NONE;
        }
        if (coversAsCivilAffairs(villageCode)) {
            return Audience.CIVIL_AFFAIRS;
        }
        return isFrontLine() && currentUser.childScope().coversRegion(villageCode) ? Audience.FRONT_LINE
                : Audience.NONE;
    }

    private boolean isFrontLine() {
        return currentUser.hasRole(Roles.VILLAGE_DIRECTOR) || currentUser.hasRole(Roles.TOWNSHIP_SUPERVISOR);
    }

    private boolean coversAsCivilAffairs(String villageCode) {
        return currentUser.isCivilAffairsOfficer() && currentUser.childScope().coversRegion(countyOf(villageCode));
    }

    static String countyOf(String regionCode) {
        int digits = RegionLevel.COUNTY.prefixLength();
        return regionCode.substring(0, digits) + "0".repeat(regionCode.length() - digits);
    }

    private LocalDate today() {
        return clock.now().atZoneSameInstant(ChinaTime.ZONE).toLocalDate();
    }

    /** The last review date that counts as due today: within the alert window. */
    private LocalDate dueBy(LocalDate today) {
        return today.plusDays(config.reviewNear().toDays());
    }

    private PlacementView view(Placement placement, Collection<PlacementReview> reviews, Audience audience,
            LocalDate today) {
        boolean full = audience == Audience.CIVIL_AFFAIRS;
        boolean open = placement.endedOn == null;
        return new PlacementView(placement.id.toString(), placement.childId.toString(), placement.kind,
                open ? PlacementStatus.OPEN : PlacementStatus.ENDED,
                placement.carerGuardianId == null ? null : placement.carerGuardianId.toString(), placement.carerName,
                full ? placement.carerPhone : null,
                placement.institutionId == null ? null : placement.institutionId.toString(), placement.startsOn,
                full ? placement.reasons : null, full ? placement.legalBasis : null,
                full && placement.protectionReportId != null ? placement.protectionReportId.toString() : null,
                placement.nextReviewOn, open && !placement.nextReviewOn.isAfter(dueBy(today)),
                open && placement.nextReviewOn.isBefore(today),
                full ? reviews.stream().map(r -> new PlacementReviewView(r.id.toString(), r.reviewedOn, r.finding,
                        r.nextReviewOn, r.reviewedByName)).toList() : null,
                placement.endedOn, placement.endOutcome, full ? placement.endNote : null,
                full ? placement.recordedByName : null, full ? placement.endedByName : null, (int) placement.version);
    }

    /**
     * How many placements of children living under a region of the caller's jurisdiction (civil-affairs officers)
     * started between two days, and how many were open at the end of the last: {@code [started, open]}, counts for
     * the annual progress report. One query.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long[] countStartedAndOpen(String regionCode, LocalDate from, LocalDate through) {
        if (!currentUser.isCivilAffairsOfficer()) {
            throw currentUser.refused();
        }
        RegionCode region = regions.requireRegionInJurisdiction(regionCode, currentUser.requireJurisdiction());
        return store.countStartedAndOpen(region.scopePrefix(), from, through);
    }
}

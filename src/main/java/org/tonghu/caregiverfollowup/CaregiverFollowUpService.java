package org.tonghu.caregiverfollowup;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.tonghu.audit.AuditLog;
import org.tonghu.audit.AuditOperation;
import org.tonghu.child.ChildAccess;
import org.tonghu.child.ChildService;
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
import org.tonghu.regioncode.RegionLevel;
import org.tonghu.security.AccessScope;
import org.tonghu.security.CurrentUser;
import org.tonghu.security.Roles;
import org.tonghu.time.Clock;
import org.tonghu.validation.TextRules;

/**
 * Caregiver unable to care (policy §5). A visit that finds the entrusted caregiver unable to look after the child
 * opens a follow-up in the visit's transaction ({@link #openOnVisit}), at most one open per child, due a configured
 * time later, and alerts the directors of the child's village and the supervisors of its township. Those who keep the
 * child's file (directors of the village, supervisors of the township, officers above) record the three steps: the
 * parents told, a caregiver chosen, the resolution. Partners see none. Every read and change is audited.
 */
@ApplicationScoped
public class CaregiverFollowUpService {

    static final String CURSOR_KIND = "caregiver-follow-up";
    /** What alerts about a follow-up name as their subject. */
    public static final String SUBJECT_TYPE = "CAREGIVER_FOLLOW_UP";
    static final String FOLLOW_UP_RESOLVED = "FOLLOW_UP_RESOLVED";
    static final String CONTACTED_AT_INVALID = "CONTACTED_AT_INVALID";
    static final String GUARDIAN_REQUIRED = "GUARDIAN_REQUIRED";
    static final String GUARDIAN_NOT_EXPECTED = "GUARDIAN_NOT_EXPECTED";
    static final String GUARDIAN_NOT_OF_CHILD = "GUARDIAN_NOT_OF_CHILD";
    static final String SUPPORT_NOTE_REQUIRED = "SUPPORT_NOTE_REQUIRED";
    static final String FOLLOW_UP_STEPS_INCOMPLETE = "FOLLOW_UP_STEPS_INCOMPLETE";
    /** Clocks of phones and servers differ a little. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private final CaregiverFollowUpStore store;
    private final ChildService children;
    private final GuardianService guardians;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;
    private final CaregiverFollowUpConfig config;
    private final NotificationService notifications;

    CaregiverFollowUpService(CaregiverFollowUpStore store, ChildService children, GuardianService guardians,
            CurrentUser currentUser, AuditLog audit, Clock clock, CaregiverFollowUpConfig config,
            NotificationService notifications) {
        this.store = store;
        this.children = children;
        this.guardians = guardians;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
        this.config = config;
        this.notifications = notifications;
    }

    /**
     * Opens a follow-up of the child for the visit that found its caregiver unable to care, in the visit's
     * transaction, unless one is open already (then nothing happens, also under concurrent visits). On opening, alerts
     * the directors of the child's village and the supervisors of its township. Returns the follow-up if opened now.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<UUID> openOnVisit(ChildAccess child, UUID visitId) {
        OffsetDateTime now = clock.now();
        OffsetDateTime due = now.plus(config.resolveWithin());
        Optional<UUID> opened = store.openUnlessOpen(UUID.randomUUID(), child.childId(), visitId, now,
                currentUser.displayName(), due);
        opened.ifPresent(id -> {
            String village = child.residenceVillageCode();
            String township = village.substring(0, RegionLevel.TOWNSHIP.prefixLength())
                    + "0".repeat(village.length() - RegionLevel.TOWNSHIP.prefixLength());
            notifications.send(new Notice(NotificationKind.CAREGIVER_FOLLOW_UP_OPENED, SUBJECT_TYPE, id,
                    Addressee.roleInRegion(Roles.VILLAGE_DIRECTOR, village), "opened", due));
            notifications.send(new Notice(NotificationKind.CAREGIVER_FOLLOW_UP_OPENED, SUBJECT_TYPE, id,
                    Addressee.roleInRegion(Roles.TOWNSHIP_SUPERVISOR, township), "opened", due));
            audit.event(AuditOperation.CAREGIVER_FOLLOW_UP_OPEN).record(id).because("visit " + visitId).succeeded();
        });
        return opened;
    }

    /**
     * The follow-ups of these children, latest opened first (at most {@value CaregiverFollowUpStore#MAX_PER_CHILD}
     * each), for the children whose file the caller keeps; none for the others. Two queries, audited.
     */
    @Transactional
    public Map<UUID, List<CaregiverFollowUpView>> findFollowUpsOfChildren(Collection<UUID> childIds) {
        Set<UUID> kept = childIds.isEmpty() ? Set.of() : children.filterInScope(childIds, true);
        Map<UUID, List<CaregiverFollowUpView>> byChild = new LinkedHashMap<>();
        if (kept.isEmpty()) {
            return byChild;
        }
        OffsetDateTime now = clock.now();
        List<CaregiverFollowUp> rows = store.listOfChildren(kept);
        rows.forEach(row -> byChild.computeIfAbsent(row.childId, id -> new ArrayList<>())
                .add(CaregiverFollowUpView.of(row, now)));
        if (!rows.isEmpty()) {
            audit.event(AuditOperation.CAREGIVER_FOLLOW_UP_READ).records(rows.stream().map(row -> row.id).toList())
                    .succeeded();
        }
        return byChild;
    }

    /** A follow-up of a child whose file the caller keeps; {@code CAREGIVER_FOLLOW_UP_NOT_FOUND} otherwise. Audited. */
    @Transactional
    public CaregiverFollowUpView findFollowUp(String id) {
        UUID followUpId = Ids.parse("id", id);
        Optional<CaregiverFollowUp> followUp = store.find(followUpId)
                .filter(found -> !children.filterInScope(List.of(found.childId), true).isEmpty());
        if (followUp.isEmpty()) {
            audit.event(AuditOperation.CAREGIVER_FOLLOW_UP_READ).record(followUpId).notFound();
            throw new CaregiverFollowUpNotFoundException();
        }
        audit.event(AuditOperation.CAREGIVER_FOLLOW_UP_READ).record(followUpId).succeeded();
        return CaregiverFollowUpView.of(followUp.get(), clock.now());
    }

    /**
     * A page of the follow-ups of the children whose files the caller keeps, in a status (default: open), optionally
     * under a region; the nearest deadline first. Callers without a jurisdiction are refused.
     */
    @Transactional
    public CaregiverFollowUpConnection listFollowUps(CaregiverFollowUpStatus status, String regionCode,
            Integer first, String after) {
        PageRequest page = PageRequest.of(first, after, CURSOR_KIND);
        List<Problem> problems = new ArrayList<>();
        String regionPrefix = RegionService.filterPrefix("regionCode", regionCode, problems);
        if (!problems.isEmpty()) {
            throw new ValidationFailedException(problems);
        }
        AccessScope jurisdiction = currentUser.requireJurisdiction().jurisdictionOnly();
        OffsetDateTime now = clock.now();
        List<CaregiverFollowUpView> rows = store.pageInScope(jurisdiction,
                status == null ? CaregiverFollowUpStatus.OPEN : status, regionPrefix, page).stream()
                .map(row -> CaregiverFollowUpView.of(row, now)).toList();
        CaregiverFollowUpConnection connection = page.toConnection(rows, CURSOR_KIND,
                view -> CaregiverFollowUpStore.NEAREST_DEADLINE_FIRST.key(view.dueAt(), view.id()),
                CaregiverFollowUpEdge::new, CaregiverFollowUpConnection::new);
        if (!rows.isEmpty()) {
            audit.event(AuditOperation.CAREGIVER_FOLLOW_UP_LIST).records(rows.stream().map(CaregiverFollowUpView::id)
                    .toList()).succeeded();
        }
        return connection;
    }

    /** Records how the parents were told (again, to correct it, while the follow-up is open). */
    @Transactional
    public CaregiverFollowUpView contactParents(String id, int expectedVersion, ParentsContactInput input) {
        CaregiverFollowUp followUp = requireKept(id, expectedVersion, AuditOperation.CAREGIVER_FOLLOW_UP_CONTACT);
        OffsetDateTime now = clock.now();
        List<Problem> problems = open(followUp);
        String personReached = TextRules.text("input.personReached", input.personReached(), 100, true, problems);
        String response = TextRules.text("input.response", input.response(), 1000, false, problems);
        OffsetDateTime contactedAt = input.contactedAt() == null ? now : input.contactedAt();
        if (contactedAt.isAfter(now.plus(CLOCK_SKEW)) || contactedAt.isBefore(followUp.openedAt.minus(CLOCK_SKEW))) {
            problems.add(Problem.ofField("input.contactedAt", CONTACTED_AT_INVALID,
                    "contactedAt lies between the opening of the follow-up and now."));
        }
        if (!problems.isEmpty()) {
            throw new ValidationFailedException(problems);
        }
        followUp.parentsContactedAt = contactedAt;
        followUp.parentsContactMode = input.mode();
        followUp.parentsPersonReached = personReached;
        followUp.parentsResponse = response;
        followUp.parentsContactRecordedBy = currentUser.displayName();
        return save(followUp, AuditOperation.CAREGIVER_FOLLOW_UP_CONTACT, now);
    }

    /**
     * Records the caregiver chosen: a guardian linked to the child, who becomes the child's entrusted caregiver in
     * the same transaction, or the current caregiver staying able with the support the note names (again, to change
     * it, while the follow-up is open).
     */
    @Transactional
    public CaregiverFollowUpView chooseCaregiver(String id, int expectedVersion, CaregiverChoiceInput input) {
        CaregiverFollowUp followUp = requireKept(id, expectedVersion, AuditOperation.CAREGIVER_FOLLOW_UP_CHOOSE);
        List<Problem> problems = open(followUp);
        String note = TextRules.text("input.note", input.note(), 500, false, problems);
        UUID guardian = null;
        if (input.decision() == CaregiverDecision.NEW_CAREGIVER) {
            if (input.guardianId() == null) {
                problems.add(Problem.ofField("input.guardianId", GUARDIAN_REQUIRED,
                        "Name the guardian who becomes the caregiver."));
            } else {
                guardian = Ids.parse("input.guardianId", input.guardianId());
                UUID chosen = guardian;
                if (guardians.findGuardiansOfChildren(List.of(followUp.childId)).stream()
                        .noneMatch(link -> link.guardianId().equals(chosen))) {
                    problems.add(Problem.ofField("input.guardianId", GUARDIAN_NOT_OF_CHILD,
                            "The guardian is not linked to the child; link them first."));
                }
            }
        } else {
            if (input.guardianId() != null) {
                problems.add(Problem.ofField("input.guardianId", GUARDIAN_NOT_EXPECTED,
                        "The current caregiver stays: name no other guardian."));
            }
            if (note == null) {
                problems.add(Problem.ofField("input.note", SUPPORT_NOTE_REQUIRED,
                        "Say what support makes the current caregiver able to care."));
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationFailedException(problems);
        }
        OffsetDateTime now = clock.now();
        followUp.caregiverDecision = input.decision();
        followUp.newCaregiverGuardianId = guardian;
        followUp.caregiverNote = note;
        followUp.caregiverChosenAt = now;
        followUp.caregiverChosenByName = currentUser.displayName();
        if (guardian != null) {
            guardians.entrustCare(followUp.childId, guardian);
        }
        return save(followUp, AuditOperation.CAREGIVER_FOLLOW_UP_CHOOSE, now);
    }

    /** Resolves a follow-up whose parents were told and whose caregiver was chosen, with a note. */
    @Transactional
    public CaregiverFollowUpView resolveFollowUp(String id, int expectedVersion, String resolution) {
        CaregiverFollowUp followUp = requireKept(id, expectedVersion, AuditOperation.CAREGIVER_FOLLOW_UP_RESOLVE);
        List<Problem> problems = open(followUp);
        if (problems.isEmpty() && (followUp.parentsContactedAt == null || followUp.caregiverDecision == null)) {
            problems.add(Problem.ofField("id", FOLLOW_UP_STEPS_INCOMPLETE,
                    "Tell the parents and choose a caregiver before resolving."));
        }
        String note = TextRules.text("resolution", resolution, 1000, true, problems);
        if (!problems.isEmpty()) {
            throw new ValidationFailedException(problems);
        }
        OffsetDateTime now = clock.now();
        followUp.status = CaregiverFollowUpStatus.RESOLVED;
        followUp.resolvedAt = now;
        followUp.resolution = note;
        followUp.resolvedByName = currentUser.displayName();
        return save(followUp, AuditOperation.CAREGIVER_FOLLOW_UP_RESOLVE, now);
    }

    private static List<Problem> open(CaregiverFollowUp followUp) {
        List<Problem> problems = new ArrayList<>();
        if (followUp.status != CaregiverFollowUpStatus.OPEN) {
            problems.add(Problem.ofField("id", FOLLOW_UP_RESOLVED, "The follow-up is resolved already."));
        }
        return problems;
    }

    /**
     * The follow-up, if the caller keeps the child's file; {@code CAREGIVER_FOLLOW_UP_NOT_FOUND} otherwise (audited),
     * {@code CONFLICT} on a stale version.
     */
    private CaregiverFollowUp requireKept(String id, int expectedVersion, AuditOperation operation) {
        UUID followUpId = Ids.parse("id", id);
        Optional<CaregiverFollowUp> followUp = store.find(followUpId)
                .filter(found -> !children.filterInScope(List.of(found.childId), true).isEmpty());
        if (followUp.isEmpty()) {
            audit.event(operation).record(followUpId).notFound();
            throw new CaregiverFollowUpNotFoundException();
        }
        if (followUp.get().version != expectedVersion) {
            throw audit.event(operation).record(followUpId).conflict();
        }
        return followUp.get();
    }

    private CaregiverFollowUpView save(CaregiverFollowUp followUp, AuditOperation operation, OffsetDateTime now) {
        store.flushOrConflict(() -> audit.event(operation).record(followUp.id).conflict());
        audit.event(operation).record(followUp.id).succeeded();
        return CaregiverFollowUpView.of(followUp, now);
    }
}

package org.tonghu.concern;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
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
import org.tonghu.notification.Addressee;
import org.tonghu.notification.Notice;
import org.tonghu.notification.NotificationKind;
import org.tonghu.notification.NotificationService;
import org.tonghu.region.RegionService;
import org.tonghu.security.AccessScope;
import org.tonghu.security.CurrentUser;
import org.tonghu.security.Roles;
import org.tonghu.time.ChinaTime;
import org.tonghu.validation.TextRules;

/**
 * Concerns about children and their follow-up. Regional staff keep every concern of the children in their
 * jurisdiction; a partner raises concerns about the children it works with and sees and follows up only its own.
 */
@ApplicationScoped
public class ConcernService {

    static final String CURSOR_KIND = "concern";
    static final String RAISED_ON_INVALID = "RAISED_ON_INVALID";
    static final String RESOLUTION_REQUIRED = "RESOLUTION_REQUIRED";
    static final String RESOLVED_ON_INVALID = "RESOLVED_ON_INVALID";
    static final String REFERRED_TO_REQUIRED = "REFERRED_TO_REQUIRED";
    static final String CONCERN_ALREADY_RESOLVED = "CONCERN_ALREADY_RESOLVED";
    private static final List<ConcernStatus> UNRESOLVED = List.of(ConcernStatus.OPEN, ConcernStatus.IN_PROGRESS,
            ConcernStatus.REFERRED);

    private final ConcernStore store;
    private final ChildService children;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final NotificationService notifications;

    ConcernService(ConcernStore store, ChildService children, CurrentUser currentUser, AuditLog audit,
            NotificationService notifications) {
        this.store = store;
        this.children = children;
        this.currentUser = currentUser;
        this.audit = audit;
        this.notifications = notifications;
    }

    /**
     * How many concerns of each of these children were left unattended: still OPEN (nothing done yet) though raised
     * before {@code raisedBefore}; children without any are absent. For a feature that has checked the caller's access
     * to the children (a file spot check) and audits that read itself. One query.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<UUID, Integer> countUnattendedConcerns(Collection<UUID> childIds, LocalDate raisedBefore) {
        return childIds.isEmpty() ? Map.of() : store.countUnattended(childIds, raisedBefore);
    }

    /**
     * The open files under a region with a concern still OPEN though raised before a day (ids only, one statement):
     * a part of the file-completeness figure ({@code org.tonghu.childfile.FileCompletenessService}), which checks
     * the caller's jurisdiction.
     */
    public Set<UUID> openFilesWithUnattendedConcern(String regionPrefix, LocalDate raisedBefore) {
        return new HashSet<>(store.openFilesWithUnattendedConcern(regionPrefix, raisedBefore));
    }

    /** A concern checked but not yet written, so that a visit can report all its problems before writing anything. */
    public record Draft(ConcernCategory category, ConcernSeverity severity, String description, LocalDate raisedOn) {
    }

    /** Checks a concern's input; adds problems under {@code field} and returns the draft when it is valid. */
    public Optional<Draft> check(String field, ConcernInput input, LocalDate defaultRaisedOn, List<Problem> problems) {
        int before = problems.size();
        String description = TextRules.text(field + ".description", input.description(), 1000, true, problems);
        LocalDate raisedOn = input.raisedOn() == null ? defaultRaisedOn : input.raisedOn();
        if (raisedOn.isAfter(ChinaTime.today()) || raisedOn.isBefore(LocalDate.of(2000, 1, 1))) {
            problems.add(Problem.ofField(field + ".raisedOn", RAISED_ON_INVALID,
                    "raisedOn must not lie in the future."));
        }
        return problems.size() == before
                ? Optional.of(new Draft(input.category(), input.severity(), description, raisedOn))
                : Optional.empty();
    }

    /** Where a concern was raised: at a visit, at a pairing check-in, or on its own (both null). */
    public record Origin(UUID visitId, UUID pairingContactId) {

        public static final Origin NONE = new Origin(null, null);

        public static Origin visit(UUID visitId) {
            return new Origin(visitId, null);
        }

        public static Origin pairingContact(UUID pairingContactId) {
            return new Origin(null, pairingContactId);
        }
    }

    /** Writes checked concerns about a child in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<ConcernView> raise(ChildAccess child, Origin origin, List<Draft> drafts) {
        List<Concern> written = new ArrayList<>();
        for (Draft draft : drafts) {
            Concern concern = new Concern();
            concern.id = UUID.randomUUID();
            concern.childId = child.childId();
            concern.visitId = origin.visitId();
            concern.pairingContactId = origin.pairingContactId();
            concern.category = draft.category();
            concern.severity = draft.severity();
            concern.status = ConcernStatus.OPEN;
            concern.description = draft.description();
            concern.raisedOn = draft.raisedOn();
            concern.raisedByName = currentUser.displayName();
            concern.raisedBySubject = currentUser.subject();
            concern.organizationId = currentUser.organizationId().orElse(null);
            written.add(concern);
        }
        store.persistAll(written);
        if (!child.throughJurisdiction()) {
            // a partner's concern reaches the directors of the child's village, who keep the child's file
            written.forEach(concern -> notifications.send(new Notice(NotificationKind.CONCERN_RAISED, "CONCERN",
                    concern.id, Addressee.roleInRegion(Roles.VILLAGE_DIRECTOR, child.residenceVillageCode()),
                    "raised", null)));
        }
        List<ConcernView> raised = written.stream().map(ConcernView::of).toList();
        if (!raised.isEmpty()) {
            audit.event(AuditOperation.CONCERN_RAISE).records(raised.stream().map(ConcernView::id).toList())
                    .succeeded();
        }
        return raised;
    }

    /** Raises a concern about a child the caller works with. */
    @Transactional
    public ConcernView raiseConcern(String childId, ConcernInput input) {
        ChildAccess child = children.requireAccess("childId", childId, AuditOperation.CONCERN_RAISE);
        List<Problem> problems = new ArrayList<>();
        Optional<Draft> draft = check("input", input, ChinaTime.today(), problems);
        if (!problems.isEmpty()) {
            throw new ValidationFailedException(problems);
        }
        return raise(child, Origin.NONE, List.of(draft.orElseThrow())).get(0);
    }

    /**
     * Records the follow-up of a concern: regional staff for the children in their jurisdiction, a partner for the
     * concerns it raised. A resolved concern stays resolved; {@code CONFLICT} on a stale version.
     */
    @Transactional
    public ConcernView updateConcern(String id, int expectedVersion, ConcernUpdateInput input) {
        UUID concernId = Ids.parse("id", id);
        Concern concern = store.find(concernId).orElse(null);
        if (concern == null || !mayChange(concern)) {
            audit.event(AuditOperation.CONCERN_UPDATE).record(concernId).notFound();
            throw new ConcernNotFoundException();
        }
        if (concern.version != expectedVersion) {
            throw audit.event(AuditOperation.CONCERN_UPDATE).record(concernId).conflict();
        }
        List<Problem> problems = new ArrayList<>();
        if (concern.status == ConcernStatus.RESOLVED) {
            problems.add(Problem.ofField("input.status", CONCERN_ALREADY_RESOLVED,
                    "The concern is resolved already."));
        }
        String actionTaken = TextRules.text("input.actionTaken", input.actionTaken(), 1000, false, problems);
        String referredTo = TextRules.text("input.referredTo", input.referredTo(), 200, false, problems);
        String resolution = TextRules.text("input.resolution", input.resolution(), 1000, false, problems);
        if (input.status() == ConcernStatus.REFERRED && referredTo == null) {
            problems.add(Problem.ofField("input.referredTo", REFERRED_TO_REQUIRED,
                    "Say who the concern was referred to."));
        }
        if (input.status() == ConcernStatus.RESOLVED) {
            if (resolution == null) {
                problems.add(Problem.ofField("input.resolution", RESOLUTION_REQUIRED,
                        "Say how the concern was resolved."));
            }
            if (input.resolvedOn() == null || input.resolvedOn().isAfter(ChinaTime.today())
                    || input.resolvedOn().isBefore(concern.raisedOn)) {
                problems.add(Problem.ofField("input.resolvedOn", RESOLVED_ON_INVALID,
                        "resolvedOn must lie between the day the concern was raised and today."));
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationFailedException(problems);
        }
        concern.status = input.status();
        concern.actionTaken = actionTaken != null ? actionTaken : concern.actionTaken;
        concern.referredTo = referredTo != null ? referredTo : concern.referredTo;
        concern.resolution = input.status() == ConcernStatus.RESOLVED ? resolution : null;
        concern.resolvedOn = input.status() == ConcernStatus.RESOLVED ? input.resolvedOn() : null;
        store.flushOrConflict(() -> audit.event(AuditOperation.CONCERN_UPDATE).record(concernId).conflict());
        audit.event(AuditOperation.CONCERN_UPDATE).record(concernId).succeeded();
        return ConcernView.of(concern);
    }

    /** A concern the caller may follow up, if there is one with this id. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ConcernView> findConcernToFollowUp(String id) {
        return Ids.tryParse(id).flatMap(store::find).filter(this::mayChange)
                .map(ConcernView::of);
    }

    /** A page of a child's concerns the caller may see, latest raised first; for the child's file. */
    @Transactional(Transactional.TxType.MANDATORY)
    public ConcernConnection listConcernsOfChild(ChildAccess child, Integer first, String after) {
        PageRequest page = PageRequest.of(first, after, CURSOR_KIND);
        // a partner without an organization sees none (no concern is of the nil organization)
        Optional<UUID> ownOnly = child.throughJurisdiction() ? Optional.empty()
                : Optional.of(currentUser.organizationId().orElse(new UUID(0, 0)));
        return connection(page, store.pageOfChild(child.childId(), ownOnly, page));
    }

    /**
     * A page of the unresolved (or filtered) concerns the caller may follow up: regional staff those of the children
     * in their jurisdiction, partners those they raised. Latest raised first.
     */
    @Transactional
    public ConcernConnection listConcerns(ConcernFilter filter, Integer first, String after) {
        PageRequest page = PageRequest.of(first, after, CURSOR_KIND);
        List<Problem> problems = new ArrayList<>();
        String regionPrefix = filter == null ? null
                : RegionService.filterPrefix("filter.regionCode", filter.regionCode(), problems);
        if (!problems.isEmpty()) {
            throw new ValidationFailedException(problems);
        }
        Collection<ConcernStatus> statuses = filter == null || filter.statuses() == null || filter.statuses().isEmpty()
                ? UNRESOLVED : EnumSet.copyOf(filter.statuses());
        AccessScope scope = currentUser.childScope();
        // regional staff follow up every concern in their jurisdiction; a partner those it raised
        ConcernConnection connection = scope.hasJurisdiction()
                ? connection(page, store.pageInScope(scope.jurisdictionOnly(), Optional.empty(), statuses,
                        regionPrefix, page))
                : connection(page, store.pageInScope(scope,
                        Optional.of(scope.organizationId().orElse(new UUID(0, 0))), statuses, regionPrefix, page));
        if (!connection.edges().isEmpty()) {
            audit.event(AuditOperation.CONCERN_LIST)
                    .records(connection.edges().stream().map(e -> e.node().id()).toList()).succeeded();
        }
        return connection;
    }

    private static ConcernConnection connection(PageRequest page, List<Concern> concerns) {
        return page.toConnection(concerns.stream().map(ConcernView::of).toList(), CURSOR_KIND,
                concern -> ConcernStore.LATEST_FIRST.key(concern.raisedOn(), concern.id()), ConcernEdge::new,
                ConcernConnection::new);
    }

    private boolean mayChange(Concern concern) {
        if (!children.filterInScope(List.of(concern.childId), true).isEmpty()) {
            return true;
        }
        return concern.organizationId != null
                && concern.organizationId.equals(currentUser.organizationId().orElse(null))
                && !children.filterInScope(List.of(concern.childId), false).isEmpty();
    }
}

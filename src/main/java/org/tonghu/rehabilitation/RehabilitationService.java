package org.tonghu.rehabilitation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.tonghu.audit.AuditLog;
import org.tonghu.audit.AuditOperation;
import org.tonghu.child.ChildAccess;
import org.tonghu.child.ChildRelationships;
import org.tonghu.child.ChildService;
import org.tonghu.graphql.Ids;
import org.tonghu.graphql.PageRequest;
import org.tonghu.graphql.Problem;
import org.tonghu.graphql.ValidationFailedException;
import org.tonghu.organization.OrganizationKind;
import org.tonghu.organization.OrganizationService;
import org.tonghu.organization.OrganizationView;
import org.tonghu.persistence.NativeSql;
import org.tonghu.region.RegionService;
import org.tonghu.regioncode.RegionCode;
import org.tonghu.security.AccessScope;
import org.tonghu.security.CurrentUser;
import org.tonghu.time.ChinaTime;
import org.tonghu.validation.TextRules;

/**
 * Rehabilitation of disabled children, kept by the Disabled Persons' Federation (and health bodies). Each step opens
 * the organization's relationship with the child, which lasts while the step runs and for a follow-up time after.
 * Regional staff read every step in the child's file; an organization reads its own.
 */
@ApplicationScoped
public class RehabilitationService {

    static final String CURSOR_KIND = "rehabilitation";
    /** The kinds of organization that provide rehabilitation. */
    public static final List<OrganizationKind> PROVIDERS = List.of(OrganizationKind.DISABLED_PERSONS_FEDERATION,
            OrganizationKind.HEALTH);

    static final String CHILD_NOT_DISABLED = "CHILD_NOT_DISABLED";
    static final String STARTS_ON_INVALID = "STARTS_ON_INVALID";
    static final String ENDS_ON_INVALID = "ENDS_ON_INVALID";
    static final String FUNDING_SOURCE_REQUIRED = "FUNDING_SOURCE_REQUIRED";
    static final String DEVICE_REQUIRED = "DEVICE_REQUIRED";
    static final String DEVICE_NOT_APPLICABLE = "DEVICE_NOT_APPLICABLE";
    static final String SESSIONS_INVALID = "SESSIONS_INVALID";
    static final String OUTCOME_REQUIRED = "OUTCOME_REQUIRED";
    static final String RECORD_FINISHED = "REHABILITATION_RECORD_FINISHED";

    private final RehabilitationStore store;
    private final ChildService children;
    private final ChildRelationships relationships;
    private final OrganizationService organizations;
    private final RegionService regions;
    private final CurrentUser currentUser;
    private final AuditLog audit;

    RehabilitationService(RehabilitationStore store, ChildService children, ChildRelationships relationships,
            OrganizationService organizations, RegionService regions, CurrentUser currentUser, AuditLog audit) {
        this.store = store;
        this.regions = regions;
        this.children = children;
        this.relationships = relationships;
        this.organizations = organizations;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    /** What keeps this child from a rehabilitation record: a closed file, no disability, a start before birth. */
    private List<Problem> childProblems(ChildAccess child, LocalDate startsOn) {
        List<Problem> problems = new ArrayList<>();
        if (!child.fileOpen()) {
            problems.add(Problem.ofField("input.child", ChildAccess.CHILD_FILE_CLOSED, "The child's file is closed."));
        }
        if (!children.isDisabled(child.childId())) {
            problems.add(Problem.ofField("input.child", CHILD_NOT_DISABLED,
                    "Rehabilitation is recorded for a child registered as disabled."));
        }
        if (startsOn.isBefore(child.birthDate())) {
            problems.add(Problem.ofField("input.startsOn", STARTS_ON_INVALID,
                    "startsOn lies between the child's birth and a year ahead."));
        }
        return problems;
    }

    /** Records a step of a disabled child's rehabilitation for the caller's organization. */
    @Transactional
    public RehabilitationView recordRehabilitation(RehabilitationInput input) {
        OrganizationView organization = requireProvider();
        List<Problem> problems = new ArrayList<>();
        LocalDate today = ChinaTime.today();
        if (input.startsOn().isAfter(today.plusYears(1))) {
            problems.add(Problem.ofField("input.startsOn", STARTS_ON_INVALID,
                    "startsOn lies between the child's birth and a year ahead."));
        }
        String provider = TextRules.text("input.provider", input.provider(), 100, true, problems);
        String findings = TextRules.text("input.findings", input.findings(), 1000, false, problems);
        String device = TextRules.text("input.device", input.device(), 100, false, problems);
        if (input.kind().isService() && input.fundingSource() == null) {
            problems.add(Problem.ofField("input.fundingSource", FUNDING_SOURCE_REQUIRED,
                    "Say who pays for the service."));
        }
        if (input.kind() == RehabilitationKind.ASSISTIVE_DEVICE && device == null) {
            problems.add(Problem.ofField("input.device", DEVICE_REQUIRED, "Name the assistive device."));
        } else if (input.kind() != RehabilitationKind.ASSISTIVE_DEVICE && device != null) {
            problems.add(Problem.ofField("input.device", DEVICE_NOT_APPLICABLE,
                    "Only an ASSISTIVE_DEVICE names a device."));
        }
        checkSessions(input.kind(), input.sessionsPlanned(), input.sessionsCompleted(), true, problems);
        String outcome = checkEnd(input.status(), input.startsOn(), input.endsOn(), input.outcome(), problems);
        ChildAccess child = children.requireChildForRegistry("input.child", input.child(), organization.regionCode(),
                AuditOperation.REHABILITATION_RECORD_CREATE, problems,
                reached -> childProblems(reached, input.startsOn()));
        RehabilitationRecord record = new RehabilitationRecord();
        record.id = UUID.randomUUID();
        record.childId = child.childId();
        record.organizationId = UUID.fromString(organization.id());
        record.kind = input.kind();
        record.provider = provider;
        record.startsOn = input.startsOn();
        record.endsOn = input.endsOn();
        record.fundingSource = input.fundingSource();
        record.status = input.status();
        record.findings = findings;
        record.device = device;
        record.sessionsPlanned = input.sessionsPlanned() == null ? null : input.sessionsPlanned().shortValue();
        record.sessionsCompleted = input.sessionsCompleted() == null ? null : input.sessionsCompleted().shortValue();
        record.outcome = outcome;
        record.recordedByName = currentUser.displayName();
        record.recordedBySubject = currentUser.subject();
        store.persist(record);
        store.flush();
        openRelationship(record);
        audit.event(AuditOperation.REHABILITATION_RECORD_CREATE).record(record.id).succeeded();
        return RehabilitationView.of(record);
    }

    /** Records how a step went on; a finished step (completed or discontinued) stays as it ended. */
    @Transactional
    public RehabilitationView updateRehabilitation(String id, int expectedVersion, RehabilitationProgressInput input) {
        UUID recordId = Ids.parse("id", id);
        RehabilitationRecord record = store.findById(recordId);
        if (record == null || !record.organizationId.equals(currentUser.organizationId().orElse(null))) {
            audit.event(AuditOperation.REHABILITATION_RECORD_UPDATE).record(recordId).notFound();
            throw new RehabilitationNotFoundException();
        }
        if (record.version != expectedVersion) {
            throw audit.event(AuditOperation.REHABILITATION_RECORD_UPDATE).record(recordId).conflict();
        }
        List<Problem> problems = new ArrayList<>();
        if (record.status.isFinished()) {
            problems.add(Problem.ofField("id", RECORD_FINISHED, "The step has finished already."));
        }
        Integer completed = input.sessionsCompleted() != null ? input.sessionsCompleted()
                : record.sessionsCompleted == null ? null : record.sessionsCompleted.intValue();
        checkSessions(record.kind, record.sessionsPlanned == null ? null : record.sessionsPlanned.intValue(), completed,
                false, problems);
        String outcome = checkEnd(input.status(), record.startsOn, input.endsOn(), input.outcome(), problems);
        if (!problems.isEmpty()) {
            throw new ValidationFailedException(problems);
        }
        record.status = input.status();
        record.endsOn = input.endsOn() != null ? input.endsOn() : record.endsOn;
        record.sessionsCompleted = completed == null ? null : completed.shortValue();
        record.outcome = outcome != null ? outcome : record.outcome;
        store.flushOrConflict(
                () -> audit.event(AuditOperation.REHABILITATION_RECORD_UPDATE).record(recordId).conflict());
        openRelationship(record);
        audit.event(AuditOperation.REHABILITATION_RECORD_UPDATE).record(record.id).succeeded();
        return RehabilitationView.of(record);
    }

    /** A step of the caller's organization, if there is one with this id. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<RehabilitationView> findOwnRecord(String id) {
        return Ids.tryParse(id).map(store::findById)
                .filter(record -> record.organizationId.equals(currentUser.organizationId().orElse(null)))
                .map(RehabilitationView::of);
    }

    /** A page of the caller's organization's steps, by status (default: not finished), the latest started first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public RehabilitationConnection listRehabilitation(RehabilitationStatus status, Integer first, String after) {
        UUID organization = currentUser.requireOrganizationId();
        PageRequest page = PageRequest.of(first, after, CURSOR_KIND);
        return connection(store.pageOfOrganization(organization, status, page), page, CURSOR_KIND,
                RehabilitationStore.LATEST_FIRST);
    }

    /**
     * A page of a child's pathway the caller may see, in order (earliest first); for the child's file: every step for
     * those who keep the file, their own organization's for partners.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public RehabilitationConnection listPathwayOfChild(ChildAccess child, Integer first, String after) {
        String kind = CURSOR_KIND + "-pathway";
        PageRequest page = PageRequest.of(first, after, kind);
        List<RehabilitationRecord> rows = store.pathwayOfChild(child.childId(), child.throughJurisdiction(),
                currentUser.organizationId().orElse(null), page);
        return connection(rows, page, kind, RehabilitationStore.IN_ORDER);
    }

    private static RehabilitationConnection connection(List<RehabilitationRecord> records, PageRequest page,
            String kind, NativeSql.Keyset keyset) {
        List<RehabilitationView> rows = records.stream().map(RehabilitationView::of).toList();
        return page.toConnection(rows, kind, record -> keyset.key(record.startsOn(), record.id()),
                RehabilitationEdge::new, RehabilitationConnection::new);
    }

    private static void checkSessions(RehabilitationKind kind, Integer planned, Integer completed, boolean creating,
            List<Problem> problems) {
        if (kind != RehabilitationKind.REHABILITATION_TRAINING) {
            if (creating && (planned != null || completed != null)) {
                problems.add(Problem.ofField("input.sessionsPlanned", SESSIONS_INVALID,
                        "Only REHABILITATION_TRAINING counts sessions."));
            }
            return;
        }
        if (planned == null || planned < 1 || planned > 1000
                || (completed != null && (completed < 0 || completed > planned))) {
            problems.add(Problem.ofField("input.sessionsCompleted", SESSIONS_INVALID,
                    "Training plans 1 to 1000 sessions; no more are completed than planned."));
        }
    }

    private static String checkEnd(RehabilitationStatus status, LocalDate startsOn, LocalDate endsOn, String outcome,
            List<Problem> problems) {
        String checked = TextRules.text("input.outcome", outcome, 1000, false, problems);
        if (endsOn != null && (endsOn.isBefore(startsOn) || endsOn.isAfter(ChinaTime.today().plusYears(1)))) {
            problems.add(Problem.ofField("input.endsOn", ENDS_ON_INVALID, "endsOn lies after startsOn."));
        }
        if (status.isFinished()) {
            if (endsOn == null || endsOn.isAfter(ChinaTime.today())) {
                problems.add(Problem.ofField("input.endsOn", ENDS_ON_INVALID, "A finished step ended by today."));
            }
            if (checked == null) {
                problems.add(Problem.ofField("input.outcome", OUTCOME_REQUIRED, "Say how the step ended."));
            }
        }
        return checked;
    }

    /** The last day the organization reaches the child through this step; open while it runs. */
    private void openRelationship(RehabilitationRecord record) {
        relationships.rehabilitationRecorded(record.childId, record.organizationId, record.id, record.startsOn,
                record.endsOn, !record.kind.isService(), record.status.isFinished());
    }

    private OrganizationView requireProvider() {
        return organizations.callersOrganization()
                .filter(organization -> PROVIDERS.contains(organization.kind()))
                .orElseThrow(currentUser::refused);
    }

    /**
     * Rehabilitation services started in a period (and not merely planned) for the children living under a region of
     * a civil-affairs officer's jurisdiction, by the region one level down (its code's leading digits): counts for the
     * dashboard's partner totals, nothing of the providers' records. One query.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, Integer> countServicesByRegion(String regionCode, LocalDate from, LocalDate through) {
        AccessScope scope = currentUser.requireJurisdiction();
        if (!currentUser.isCivilAffairsOfficer()) {
            throw currentUser.refused();
        }
        RegionCode region = regions.requireRegionInJurisdiction(regionCode, scope);
        return store.countStartedByRegion(region.scopePrefix(), region.subregionPrefixLength(), from, through);
    }
}

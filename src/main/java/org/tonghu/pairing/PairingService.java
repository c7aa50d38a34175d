package org.tonghu.pairing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import org.tonghu.audit.AuditLog;
import org.tonghu.audit.AuditOperation;
import org.tonghu.audit.AuditRecordType;
import org.tonghu.child.ChildAccess;
import org.tonghu.child.ChildRelationships;
import org.tonghu.child.ChildService;
import org.tonghu.concern.ConcernInput;
import org.tonghu.concern.ConcernService;
import org.tonghu.concern.ConcernView;
import org.tonghu.graphql.Ids;
import org.tonghu.graphql.PageRequest;
import org.tonghu.graphql.Problem;
import org.tonghu.graphql.ValidationFailedException;
import org.tonghu.organization.OrganizationKind;
import org.tonghu.organization.OrganizationService;
import org.tonghu.organization.OrganizationView;
import org.tonghu.persistence.SqlValues;
import org.tonghu.persistence.Writes;
import org.tonghu.policy.CarePolicy;
import org.tonghu.security.CurrentUser;
import org.tonghu.validation.TextRules;
import org.tonghu.volunteer.Volunteer;
import org.tonghu.volunteer.VolunteerService;

/**
 * One-to-one pairings of an organization's volunteers with children, and their check-ins. A pairing belongs to the
 * organization that registers it: it opens that organization's relationship with the child while active. Regional
 * staff see the pairings of the children in their jurisdiction in the child's file.
 */
@ApplicationScoped
public class PairingService {

    /** The kind of the child-organization relationship a pairing opens. */
    static final String CURSOR_KIND = "pairing";
    static final int DEFAULT_CHECK_IN_INTERVAL_DAYS = 14;

    static final String VOLUNTEER_NOT_FOUND = "VOLUNTEER_NOT_FOUND";
    static final String VOLUNTEER_INACTIVE = "VOLUNTEER_INACTIVE";
    static final String BACKGROUND_CHECK_EXPIRED = "BACKGROUND_CHECK_EXPIRED";
    static final String VOLUNTEER_AT_CAPACITY = "VOLUNTEER_AT_CAPACITY";
    static final String CHILD_ALREADY_PAIRED = "CHILD_ALREADY_PAIRED";
    private static final String ALREADY_PAIRED_MESSAGE = "The child already has an active pairing of this kind.";
    static final String KIND_NOT_FOR_ORGANIZATION = "KIND_NOT_FOR_ORGANIZATION";
    static final String STARTS_ON_INVALID = "STARTS_ON_INVALID";
    static final String PLANNED_END_ON_INVALID = "PLANNED_END_ON_INVALID";
    static final String CHECK_IN_INTERVAL_INVALID = "CHECK_IN_INTERVAL_INVALID";
    static final String ENDED_ON_INVALID = "ENDED_ON_INVALID";
    static final String REASON_REQUIRED = "REASON_REQUIRED";
    static final String PAIRING_NOT_ACTIVE = "PAIRING_NOT_ACTIVE";
    static final String CONTACTED_ON_INVALID = "CONTACTED_ON_INVALID";

    private final EntityManager entityManager;
    private final ChildService children;
    private final ChildRelationships relationships;
    private final OrganizationService organizations;
    private final VolunteerService volunteers;
    private final ConcernService concerns;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final int maxActivePerVolunteer;

    PairingService(EntityManager entityManager, ChildService children, ChildRelationships relationships,
            OrganizationService organizations, VolunteerService volunteers, ConcernService concerns,
            CurrentUser currentUser, AuditLog audit, CarePolicy policy) {
        this.entityManager = entityManager;
        this.children = children;
        this.relationships = relationships;
        this.organizations = organizations;
        this.volunteers = volunteers;
        this.concerns = concerns;
        this.currentUser = currentUser;
        this.audit = audit;
        this.maxActivePerVolunteer = policy.pairing().maxActivePerVolunteer();
    }

    /** Registers a pairing of one of the caller's organization's volunteers with a child. */
    @Transactional
    public PairingView createPairing(PairingInput input) {
        OrganizationView organization = requireOrganization();
        LocalDate today = LocalDate.now();
        List<Problem> problems = new ArrayList<>();
        LocalDate startsOn = input.startsOn() == null ? today : input.startsOn();
        if (startsOn.isAfter(today.plusDays(30))) {
            problems.add(Problem.ofField("input.startsOn", STARTS_ON_INVALID,
                    "startsOn lies between the child's birth and 30 days from now."));
        }
        if (input.plannedEndOn() != null && input.plannedEndOn().isBefore(startsOn)) {
            problems.add(Problem.ofField("input.plannedEndOn", PLANNED_END_ON_INVALID, "plannedEndOn is before startsOn."));
        }
        int interval = input.checkInIntervalDays() == null ? DEFAULT_CHECK_IN_INTERVAL_DAYS : input.checkInIntervalDays();
        if (interval < 1 || interval > 92) {
            problems.add(Problem.ofField("input.checkInIntervalDays", CHECK_IN_INTERVAL_INVALID,
                    "checkInIntervalDays is 1 to 92."));
        }
        String goals = TextRules.text("input.goals", input.goals(), 1000, false, problems);
        if (input.kind() == PairingKind.LOVING_MOTHER && organization.kind() != OrganizationKind.WOMENS_FEDERATION) {
            problems.add(Problem.ofField("input.kind", KIND_NOT_FOR_ORGANIZATION,
                    "Loving-mother pairings are the Women's Federation's."));
        }
        UUID organizationId = UUID.fromString(organization.id());
        Optional<Volunteer> volunteer = volunteers.lockVolunteerOfOrganization(
                Ids.parse("input.volunteerId", input.volunteerId()), organizationId);
        if (volunteer.isEmpty()) {
            problems.add(Problem.ofField("input.volunteerId", VOLUNTEER_NOT_FOUND, "No volunteer of your organization."));
        } else {
            checkVolunteer(volunteer.get(), startsOn, problems);
        }
        ChildAccess child = children.requireChildForRegistry("input.child", input.child(), organization.regionCode(),
                AuditOperation.PAIRING_CREATE, problems, reached -> childProblems(reached, input.kind(), startsOn));
        Pairing pairing = new Pairing();
        pairing.id = UUID.randomUUID();
        pairing.organizationId = organizationId;
        pairing.volunteerId = volunteer.get().id;
        pairing.childId = child.childId();
        pairing.kind = input.kind();
        pairing.startsOn = startsOn;
        pairing.plannedEndOn = input.plannedEndOn();
        pairing.goals = goals;
        pairing.checkInIntervalDays = (short) interval;
        pairing.status = PairingStatus.ACTIVE;
        entityManager.persist(pairing);
        Writes.flushOrProblem(entityManager, "pairing_one_active_per_kind_idx", "input.kind", CHILD_ALREADY_PAIRED,
                ALREADY_PAIRED_MESSAGE, () -> audit.event(AuditOperation.PAIRING_CREATE).record(child.childId()).conflict());
        relationships.pairingStarted(child.childId(), organizationId, pairing.id, startsOn);
        audit.event(AuditOperation.PAIRING_CREATE).record(pairing.id).succeeded();
        return views(List.of(pairing)).get(0);
    }

    /** Ends an active pairing with a reason; the organization's access to the child through it ends that day. */
    @Transactional
    public PairingView endPairing(String id, int expectedVersion, LocalDate endedOn, String reason) {
        Pairing pairing = requireOwnPairing(id, AuditOperation.PAIRING_END);
        if (pairing.version != expectedVersion) {
            throw audit.event(AuditOperation.PAIRING_END).record(pairing.id).conflict();
        }
        LocalDate today = LocalDate.now();
        LocalDate day = endedOn == null ? today : endedOn;
        List<Problem> problems = new ArrayList<>();
        if (pairing.status != PairingStatus.ACTIVE) {
            problems.add(Problem.ofField("id", PAIRING_NOT_ACTIVE, "The pairing has ended already."));
        }
        if (day.isAfter(today) || day.isBefore(pairing.startsOn)) {
            problems.add(Problem.ofField("endedOn", ENDED_ON_INVALID, "endedOn lies between the start and today."));
        }
        String statedReason = TextRules.text("reason", reason, 500, true, problems);
        if (statedReason != null && statedReason.codePointCount(0, statedReason.length()) < 2) {
            problems.add(Problem.ofField("reason", REASON_REQUIRED, "Say why the pairing ends."));
        }
        if (!problems.isEmpty()) {
            throw new ValidationFailedException(problems);
        }
        pairing.status = PairingStatus.ENDED;
        pairing.endedOn = day;
        pairing.endReason = statedReason;
        Writes.flushOrConflict(entityManager, () -> audit.event(AuditOperation.PAIRING_END).record(pairing.id).conflict());
        relationships.pairingEnded(pairing.id, day);
        audit.event(AuditOperation.PAIRING_END).record(pairing.id).because(statedReason).succeeded();
        return views(List.of(pairing)).get(0);
    }

    /** Records a check-in of an active pairing of the caller's organization, and the concerns raised at it. */
    @Transactional
    public PairingContactPayload recordPairingContact(String pairingId, PairingContactInput input) {
        Pairing pairing = requireOwnPairing(pairingId, AuditOperation.PAIRING_CONTACT_RECORD);
        ChildAccess child = children.requireAccess("pairingId", pairing.childId.toString(), AuditOperation.PAIRING_CONTACT_RECORD);
        List<Problem> problems = new ArrayList<>();
        if (pairing.status != PairingStatus.ACTIVE) {
            problems.add(Problem.ofField("pairingId", PAIRING_NOT_ACTIVE, "The pairing has ended."));
        }
        if (input.contactedOn().isAfter(LocalDate.now()) || input.contactedOn().isBefore(pairing.startsOn)) {
            problems.add(Problem.ofField("input.contactedOn", CONTACTED_ON_INVALID,
                    "contactedOn lies between the pairing's start and today."));
        }
        String notes = TextRules.text("input.notes", input.notes(), 2000, false, problems);
        List<ConcernService.Draft> drafts = new ArrayList<>();
        List<ConcernInput> concernInputs = input.concerns() == null ? List.of() : input.concerns();
        for (int i = 0; i < concernInputs.size(); i++) {
            concerns.check("input.concerns[" + i + "]", concernInputs.get(i), input.contactedOn(), problems)
                    .ifPresent(drafts::add);
        }
        if (!problems.isEmpty()) {
            throw new ValidationFailedException(problems);
        }
        PairingContact contact = new PairingContact();
        contact.id = UUID.randomUUID();
        contact.pairingId = pairing.id;
        contact.contactedOn = input.contactedOn();
        contact.mode = input.mode();
        contact.notes = notes;
        contact.recordedByName = currentUser.displayName();
        contact.recordedBySubject = currentUser.subject();
        entityManager.persist(contact);
        entityManager.flush();
        audit.event(AuditOperation.PAIRING_CONTACT_RECORD).records(List.of(pairing.id, contact.id)).succeeded();
        List<ConcernView> raised = concerns.raise(child, ConcernService.Origin.pairingContact(contact.id), drafts);
        return new PairingContactPayload(PairingContactView.of(contact), raised, views(List.of(pairing)).get(0));
    }

    /** A pairing of the caller's organization, if there is one with this id. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<PairingView> findOwnPairing(String id) {
        return Ids.tryParse(id).map(key -> entityManager.find(Pairing.class, key))
                .filter(pairing -> pairing.organizationId.equals(currentUser.organizationId().orElse(null)))
                .map(pairing -> views(List.of(pairing)).get(0));
    }

    /** A page of the caller's organization's pairings, the most urgent check-in first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PairingConnection listPairings(PairingFilter filter, Integer first, String after) {
        UUID organizationId = currentUser.requireOrganizationId();
        PageRequest page = PageRequest.of(first, after, CURSOR_KIND);
        Map<String, Object> parameters = new HashMap<>();
        StringBuilder sql = new StringBuilder("select p.* from pairing p where p.organization_id = :organization");
        parameters.put("organization", organizationId);
        PairingStatus status = filter == null || filter.status() == null ? PairingStatus.ACTIVE : filter.status();
        sql.append(" and p.status = :status");
        parameters.put("status", status.name());
        if (filter != null && filter.kind() != null) {
            sql.append(" and p.kind = :kind");
            parameters.put("kind", filter.kind().name());
        }
        if (filter != null && filter.volunteerId() != null) {
            sql.append(" and p.volunteer_id = :volunteer");
            parameters.put("volunteer", Ids.parse("filter.volunteerId", filter.volunteerId()));
        }
        if (filter != null && Boolean.TRUE.equals(filter.checkInOverdue())) {
            sql.append(" and p.status = 'ACTIVE' and ").append(DUE_SQL).append(" < :today");
            parameters.put("today", LocalDate.now());
        }
        page.appendDateKeyset(sql, parameters, DUE_SQL, "p.id", false);
        Query query = entityManager.createNativeQuery(sql.toString(), Pairing.class).setMaxResults(page.fetchSize());
        parameters.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<PairingView> rows = views(query.getResultList());
        return page.toConnection(rows, CURSOR_KIND, pairing -> dueKey(pairing) + "|" + pairing.id(), PairingEdge::new,
                PairingConnection::new);
    }

    /**
     * A page of a child's pairings the caller may see, the latest started first; for the child's file: every
     * pairing for those who keep the file, their own organization's for partners.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public PairingConnection listPairingsOfChild(ChildAccess child, Integer first, String after) {
        PageRequest page = PageRequest.of(first, after, CURSOR_KIND + "-child");
        Map<String, Object> parameters = new HashMap<>();
        StringBuilder sql = new StringBuilder("select p.* from pairing p where p.child_id = :child");
        parameters.put("child", child.childId());
        if (!child.throughJurisdiction()) {
            sql.append(" and p.organization_id = :organization");
            parameters.put("organization", currentUser.organizationId().orElse(null));
        }
        page.appendDateKeyset(sql, parameters, "p.starts_on", "p.id", true);
        Query query = entityManager.createNativeQuery(sql.toString(), Pairing.class).setMaxResults(page.fetchSize());
        parameters.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<PairingView> rows = views(query.getResultList());
        return page.toConnection(rows, CURSOR_KIND + "-child", pairing -> pairing.startsOn() + "|" + pairing.id(),
                PairingEdge::new, PairingConnection::new);
    }

    /** The latest check-ins of each pairing (up to {@code limit}), aligned with the pairings. One query. */
    @Transactional(Transactional.TxType.SUPPORTS)
    @SuppressWarnings("unchecked")
    public List<List<PairingContactView>> contactsOf(List<PairingView> pairings, int limit) {
        if (pairings.isEmpty()) {
            return List.of();
        }
        List<PairingContact> rows = entityManager.createNativeQuery("""
                select c.* from (select c.*, row_number() over (partition by c.pairing_id
                                                               order by c.contacted_on desc, c.id desc) as position
                                 from pairing_contact c where c.pairing_id in (:ids)) c
                where c.position <= :limit order by c.contacted_on desc, c.id desc
                """, PairingContact.class).setParameter("ids", pairings.stream().map(p -> UUID.fromString(p.id())).toList())
                .setParameter("limit", limit).getResultList();
        Map<String, List<PairingContactView>> byPairing = rows.stream().map(PairingContactView::of)
                .collect(Collectors.groupingBy(PairingContactView::pairingId));
        return pairings.stream().map(pairing -> byPairing.getOrDefault(pairing.id(), List.of())).toList();
    }

    /** The caller's organization's pairings at a glance, and its volunteers whose checks expire within the days. */
    @Transactional(Transactional.TxType.SUPPORTS)
    @SuppressWarnings("unchecked")
    public PairingReport pairingReport(int expiringWithinDays) {
        UUID organizationId = currentUser.requireOrganizationId();
        if (expiringWithinDays < 0 || expiringWithinDays > 366) {
            throw ValidationFailedException.of("expiringWithinDays", "EXPIRING_WITHIN_DAYS_OUT_OF_RANGE",
                    "expiringWithinDays is 0 to 366.");
        }
        LocalDate today = LocalDate.now();
        List<Object[]> byCounty = entityManager.createNativeQuery("""
                select r.code, r.name, count(*), count(*) filter (where %s < :today)
                from pairing p join child c on c.id = p.child_id
                join region r on r.code = rpad(substr(c.residence_village_code, 1, 6), 12, '0')
                where p.organization_id = :organization and p.status = 'ACTIVE'
                group by r.code, r.name order by r.code
                """.formatted(DUE_SQL)).setParameter("organization", organizationId).setParameter("today", today)
                .getResultList();
        List<PairingRegionRow> rows = byCounty.stream().map(row -> new PairingRegionRow((String) row[0],
                (String) row[1], SqlValues.integer(row[2]), SqlValues.integer(row[3]))).toList();
        int active = rows.stream().mapToInt(PairingRegionRow::activePairings).sum();
        int overdue = rows.stream().mapToInt(PairingRegionRow::checkInsOverdue).sum();
        List<Object[]> expiring = entityManager.createNativeQuery("""
                select v.id, v.person_name, v.background_check_expires_on,
                       (select count(*) from pairing p where p.volunteer_id = v.id and p.status = 'ACTIVE')
                from volunteer v
                where v.organization_id = :organization and v.active
                  and (v.background_check_expires_on is null or v.background_check_expires_on <= :until)
                order by v.background_check_expires_on nulls first, v.person_name, v.id
                """).setParameter("organization", organizationId)
                .setParameter("until", today.plusDays(expiringWithinDays)).setMaxResults(PageRequest.MAX_FIRST)
                .getResultList();
        List<VolunteerCheckRow> volunteerRows = expiring.stream().map(row -> {
            LocalDate expires = SqlValues.date(row[2]);
            return new VolunteerCheckRow(row[0].toString(), (String) row[1], expires,
                    expires == null || expires.isBefore(today), SqlValues.integer(row[3]));
        }).toList();
        return new PairingReport(active, active - overdue, overdue, rows, volunteerRows);
    }

    /** What keeps this child from a new pairing of this kind: a closed file, a start before birth, a pairing already. */
    private List<Problem> childProblems(ChildAccess child, PairingKind kind, LocalDate startsOn) {
        List<Problem> problems = new ArrayList<>();
        if (!child.fileOpen()) {
            problems.add(Problem.ofField("input.child", ChildAccess.CHILD_FILE_CLOSED, "The child's file is closed."));
        }
        if (startsOn.isBefore(child.birthDate())) {
            problems.add(Problem.ofField("input.startsOn", STARTS_ON_INVALID,
                    "startsOn lies between the child's birth and 30 days from now."));
        }
        if (activePairingOfKind(child.childId(), kind)) {
            problems.add(Problem.ofField("input.kind", CHILD_ALREADY_PAIRED, ALREADY_PAIRED_MESSAGE));
        }
        return problems;
    }

    /** When the next check-in is due: the last check-in (or the start) plus the interval. */
    private static final String DUE_SQL = "(coalesce((select max(k.contacted_on) from pairing_contact k"
            + " where k.pairing_id = p.id), p.starts_on) + p.check_in_interval_days)";

    private void checkVolunteer(Volunteer volunteer, LocalDate startsOn, List<Problem> problems) {
        if (!volunteer.active) {
            problems.add(Problem.ofField("input.volunteerId", VOLUNTEER_INACTIVE, "The volunteer is not active."));
        }
        LocalDate checkNeededOn = startsOn.isAfter(LocalDate.now()) ? startsOn : LocalDate.now();
        if (volunteer.backgroundCheckExpiresOn == null || volunteer.backgroundCheckExpiresOn.isBefore(checkNeededOn)) {
            problems.add(Problem.ofField("input.volunteerId", BACKGROUND_CHECK_EXPIRED,
                    "The volunteer's background check has expired."));
        }
        long active = ((Number) entityManager.createNativeQuery(
                "select count(*) from pairing where volunteer_id = :volunteer and status = 'ACTIVE'")
                .setParameter("volunteer", volunteer.id).getSingleResult()).longValue();
        if (active >= maxActivePerVolunteer) {
            problems.add(Problem.ofField("input.volunteerId", VOLUNTEER_AT_CAPACITY,
                    "The volunteer has " + maxActivePerVolunteer + " active pairings already."));
        }
    }

    private boolean activePairingOfKind(UUID childId, PairingKind kind) {
        return !entityManager.createNativeQuery(
                "select 1 from pairing where child_id = :child and kind = :kind and status = 'ACTIVE'")
                .setParameter("child", childId).setParameter("kind", kind.name()).getResultList().isEmpty();
    }

    private OrganizationView requireOrganization() {
        return currentUser.organizationId().flatMap(organizations::findOrganization)
                .orElseThrow(currentUser::refused);
    }

    private Pairing requireOwnPairing(String id, AuditOperation operation) {
        UUID pairingId = Ids.parse("id", id);
        Pairing pairing = entityManager.find(Pairing.class, pairingId);
        if (pairing == null || !pairing.organizationId.equals(currentUser.organizationId().orElse(null))) {
            audit.event(operation).on(AuditRecordType.PAIRING).record(pairingId).notFound();
            throw new PairingNotFoundException();
        }
        return pairing;
    }

    private List<PairingView> views(Collection<Pairing> pairings) {
        if (pairings.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = pairings.stream().map(p -> p.id).toList();
        Map<UUID, LocalDate> lastContacts = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("select pairing_id, max(contacted_on) from pairing_contact"
                + " where pairing_id in (:ids) group by pairing_id").setParameter("ids", ids).getResultList();
        rows.forEach(row -> lastContacts.put((UUID) row[0], SqlValues.date(row[1])));
        Map<UUID, String> volunteerNames = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> names = entityManager.createNativeQuery("select id, person_name from volunteer where id in (:ids)")
                .setParameter("ids", pairings.stream().map(p -> p.volunteerId).collect(Collectors.toSet()))
                .getResultList();
        names.forEach(row -> volunteerNames.put((UUID) row[0], (String) row[1]));
        LocalDate today = LocalDate.now();
        return pairings.stream().map(pairing -> {
            LocalDate last = lastContacts.get(pairing.id);
            LocalDate due = pairing.status == PairingStatus.ACTIVE
                    ? (last == null ? pairing.startsOn : last).plusDays(pairing.checkInIntervalDays) : null;
            return new PairingView(pairing.id.toString(), pairing.kind, pairing.status,
                    pairing.organizationId.toString(), pairing.volunteerId.toString(),
                    volunteerNames.getOrDefault(pairing.volunteerId, ""), pairing.childId.toString(), pairing.startsOn,
                    pairing.plannedEndOn, pairing.goals, pairing.checkInIntervalDays, last, due,
                    due != null && due.isBefore(today), pairing.endedOn, pairing.endReason, (int) pairing.version);
        }).toList();
    }

    private static String dueKey(PairingView pairing) {
        return (pairing.nextCheckInDueOn() != null ? pairing.nextCheckInDueOn()
                : (pairing.lastContactOn() == null ? pairing.startsOn() : pairing.lastContactOn())
                        .plusDays(pairing.checkInIntervalDays())).toString();
    }

}

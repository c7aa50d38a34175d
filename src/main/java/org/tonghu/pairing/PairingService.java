package org.tonghu.pairing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
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
import org.tonghu.policy.CarePolicy;
import org.tonghu.region.RegionService;
import org.tonghu.region.RegionView;
import org.tonghu.regioncode.RegionCode;
import org.tonghu.security.AccessScope;
import org.tonghu.security.CurrentUser;
import org.tonghu.time.ChinaTime;
import org.tonghu.validation.TextRules;
import org.tonghu.volunteer.Volunteer;
import org.tonghu.volunteer.VolunteerService;
import org.tonghu.volunteer.VolunteerView;

/**
 * One-to-one pairings of an organization's volunteers with children, and their check-ins. A pairing belongs to the
 * organization that registers it: it opens that organization's relationship with the child while active. Regional
 * staff see the pairings of the children in their jurisdiction in the child's file.
 */
@ApplicationScoped
public class PairingService {

    /** The cursor kind of the organization's pairings list ({@code -child} for a child's). */
    static final String CURSOR_KIND = "pairing";

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

    private final PairingStore store;
    private final ChildService children;
    private final ChildRelationships relationships;
    private final OrganizationService organizations;
    private final VolunteerService volunteers;
    private final ConcernService concerns;
    private final RegionService regions;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final CarePolicy.Pairing policy;

    PairingService(PairingStore store, ChildService children, ChildRelationships relationships,
            OrganizationService organizations, VolunteerService volunteers, ConcernService concerns,
            RegionService regions, CurrentUser currentUser, AuditLog audit, CarePolicy policy) {
        this.store = store;
        this.children = children;
        this.relationships = relationships;
        this.organizations = organizations;
        this.volunteers = volunteers;
        this.concerns = concerns;
        this.regions = regions;
        this.currentUser = currentUser;
        this.audit = audit;
        this.policy = policy.pairing();
    }

    /** Registers a pairing of one of the caller's organization's volunteers with a child. */
    @Transactional
    public PairingView createPairing(PairingInput input) {
        OrganizationView organization = organizations.callersOrganization().orElseThrow(currentUser::refused);
        LocalDate today = ChinaTime.today();
        List<Problem> problems = new ArrayList<>();
        LocalDate startsOn = input.startsOn() == null ? today : input.startsOn();
        if (startsOn.isAfter(today.plusDays(policy.latestStartDaysAhead()))) {
            problems.add(startsOnInvalid());
        }
        if (input.plannedEndOn() != null && input.plannedEndOn().isBefore(startsOn)) {
            problems.add(Problem.ofField("input.plannedEndOn", PLANNED_END_ON_INVALID,
                    "plannedEndOn is before startsOn."));
        }
        int interval = input.checkInIntervalDays() == null ? policy.defaultCheckInIntervalDays()
                : input.checkInIntervalDays();
        if (interval < 1 || interval > policy.maxCheckInIntervalDays()) {
            problems.add(Problem.ofField("input.checkInIntervalDays", CHECK_IN_INTERVAL_INVALID,
                    "checkInIntervalDays is 1 to %d.".formatted(policy.maxCheckInIntervalDays())));
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
            problems.add(Problem.ofField("input.volunteerId", VOLUNTEER_NOT_FOUND,
                    "No volunteer of your organization."));
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
        store.persist(pairing);
        store.flushOrAlreadyPaired("input.kind", CHILD_ALREADY_PAIRED, ALREADY_PAIRED_MESSAGE,
                () -> audit.event(AuditOperation.PAIRING_CREATE).record(child.childId()).conflict());
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
        LocalDate today = ChinaTime.today();
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
        store.flushOrConflict(() -> audit.event(AuditOperation.PAIRING_END).record(pairing.id).conflict());
        relationships.pairingEnded(pairing.id, day);
        audit.event(AuditOperation.PAIRING_END).record(pairing.id).because(statedReason).succeeded();
        return views(List.of(pairing)).get(0);
    }

    /** Records a check-in of an active pairing of the caller's organization, and the concerns raised at it. */
    @Transactional
    public PairingContactPayload recordPairingContact(String pairingId, PairingContactInput input) {
        Pairing pairing = requireOwnPairing(pairingId, AuditOperation.PAIRING_CONTACT_RECORD);
        ChildAccess child = children.requireAccess("pairingId", pairing.childId.toString(),
                AuditOperation.PAIRING_CONTACT_RECORD);
        List<Problem> problems = new ArrayList<>();
        if (pairing.status != PairingStatus.ACTIVE) {
            problems.add(Problem.ofField("pairingId", PAIRING_NOT_ACTIVE, "The pairing has ended."));
        }
        if (input.contactedOn().isAfter(ChinaTime.today()) || input.contactedOn().isBefore(pairing.startsOn)) {
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
        store.persistContact(contact);
        audit.event(AuditOperation.PAIRING_CONTACT_RECORD).records(List.of(pairing.id, contact.id)).succeeded();
        List<ConcernView> raised = concerns.raise(child, ConcernService.Origin.pairingContact(contact.id), drafts);
        return new PairingContactPayload(PairingContactView.of(contact), raised, views(List.of(pairing)).get(0));
    }

    /** A pairing of the caller's organization, if there is one with this id. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<PairingView> findOwnPairing(String id) {
        return Ids.tryParse(id).map(store::findById)
                .filter(pairing -> pairing.organizationId.equals(currentUser.organizationId().orElse(null)))
                .map(pairing -> views(List.of(pairing)).get(0));
    }

    /** A page of the caller's organization's pairings, the most urgent check-in first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PairingConnection listPairings(PairingFilter filter, Integer first, String after) {
        UUID organizationId = currentUser.requireOrganizationId();
        PageRequest page = PageRequest.of(first, after, CURSOR_KIND);
        PairingStatus status = filter == null || filter.status() == null ? PairingStatus.ACTIVE : filter.status();
        PairingStore.Criteria criteria = new PairingStore.Criteria(filter == null ? null : filter.kind(),
                filter == null || filter.volunteerId() == null ? null
                        : Ids.parse("filter.volunteerId", filter.volunteerId()),
                filter != null && Boolean.TRUE.equals(filter.checkInOverdue()) ? ChinaTime.today() : null);
        List<PairingView> rows = views(store.pageOfOrganization(organizationId, status, criteria, page));
        return page.toConnection(rows, CURSOR_KIND,
                pairing -> PairingStore.MOST_URGENT_FIRST.key(dueKey(pairing), pairing.id()), PairingEdge::new,
                PairingConnection::new);
    }

    /**
     * A page of a child's pairings the caller may see, the latest started first; for the child's file: every
     * pairing for those who keep the file, their own organization's for partners.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public PairingConnection listPairingsOfChild(ChildAccess child, Integer first, String after) {
        String kind = CURSOR_KIND + "-child";
        PageRequest page = PageRequest.of(first, after, kind);
        List<PairingView> rows = views(store.pageOfChild(child.childId(), child.throughJurisdiction(),
                currentUser.organizationId().orElse(null), page));
        return page.toConnection(rows, kind,
                pairing -> PairingStore.LATEST_STARTED_FIRST.key(pairing.startsOn(), pairing.id()), PairingEdge::new,
                PairingConnection::new);
    }

    /** The latest check-ins of each pairing (up to {@code limit}), aligned with the pairings. One query. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<List<PairingContactView>> contactsOf(List<PairingView> pairings, int limit) {
        if (pairings.isEmpty()) {
            return List.of();
        }
        List<PairingContact> rows = store.latestContacts(pairings.stream().map(p -> UUID.fromString(p.id())).toList(),
                limit);
        Map<String, List<PairingContactView>> byPairing = rows.stream().map(PairingContactView::of)
                .collect(Collectors.groupingBy(PairingContactView::pairingId));
        return pairings.stream().map(pairing -> byPairing.getOrDefault(pairing.id(), List.of())).toList();
    }

    /** The caller's organization's pairings at a glance, and its volunteers whose checks expire within the days. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PairingReport pairingReport(int expiringWithinDays) {
        UUID organizationId = currentUser.requireOrganizationId();
        if (expiringWithinDays < 0 || expiringWithinDays > 366) {
            throw ValidationFailedException.of("expiringWithinDays", "EXPIRING_WITHIN_DAYS_OUT_OF_RANGE",
                    "expiringWithinDays is 0 to 366.");
        }
        LocalDate today = ChinaTime.today();
        List<PairingStore.CountyCount> byCounty = store.activeByCounty(organizationId, today);
        Map<String, RegionView> counties = byCounty.isEmpty() ? Map.of() : regions.findRegions(
                byCounty.stream().map(PairingStore.CountyCount::countyCode).collect(Collectors.toSet()));
        List<PairingRegionRow> rows = byCounty.stream().filter(count -> counties.containsKey(count.countyCode()))
                .map(count -> new PairingRegionRow(count.countyCode(), counties.get(count.countyCode()).name(),
                        count.activePairings(), count.checkInsOverdue()))
                .toList();
        int active = rows.stream().mapToInt(PairingRegionRow::activePairings).sum();
        int overdue = rows.stream().mapToInt(PairingRegionRow::checkInsOverdue).sum();
        List<VolunteerView> expiring = volunteers.listActiveWithChecksExpiringBy(organizationId,
                today.plusDays(expiringWithinDays), PageRequest.MAX_FIRST);
        Map<UUID, Integer> activePairings = store.activePairingsOf(
                expiring.stream().map(volunteer -> UUID.fromString(volunteer.id())).toList());
        List<VolunteerCheckRow> volunteerRows = expiring.stream().map(volunteer -> {
            LocalDate expires = volunteer.backgroundCheckExpiresOn();
            return new VolunteerCheckRow(volunteer.id(), volunteer.personName(), expires,
                    expires == null || expires.isBefore(today),
                    activePairings.getOrDefault(UUID.fromString(volunteer.id()), 0));
        }).toList();
        return new PairingReport(active, active - overdue, overdue, rows, volunteerRows);
    }

    /**
     * Pairings active at the end of a day of the children living under a region of a civil-affairs officer's
     * jurisdiction, by the region one level down (its code's leading digits): counts for the dashboard's partner
     * totals, nothing of the partners' records. One query.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, Integer> countActivePairingsByRegion(String regionCode, LocalDate on) {
        AccessScope scope = currentUser.requireJurisdiction();
        if (!currentUser.isCivilAffairsOfficer()) {
            throw currentUser.refused();
        }
        RegionCode region = regions.requireRegionInJurisdiction(regionCode, scope);
        return store.countActiveByRegion(region.scopePrefix(), region.subregionPrefixLength(), on);
    }

    /**
     * Check-ins (contacts of a pairing) recorded from {@code from} through {@code through} with the children living
     * under a region of a civil-affairs officer's jurisdiction: a count for the annual progress report. One query.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long countCheckIns(String regionCode, LocalDate from, LocalDate through) {
        AccessScope scope = currentUser.requireJurisdiction();
        if (!currentUser.isCivilAffairsOfficer()) {
            throw currentUser.refused();
        }
        return store.countCheckIns(regions.requireRegionInJurisdiction(regionCode, scope).scopePrefix(), from,
                through);
    }

    /**
     * {@link #countCheckIns} by region one level down (the dashboard's partner totals: counts, nothing of the
     * partners' records). One query.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, Integer> countCheckInsByRegion(String regionCode, LocalDate from, LocalDate through) {
        AccessScope scope = currentUser.requireJurisdiction();
        if (!currentUser.isCivilAffairsOfficer()) {
            throw currentUser.refused();
        }
        RegionCode region = regions.requireRegionInJurisdiction(regionCode, scope);
        return store.countCheckInsByRegion(region.scopePrefix(), region.subregionPrefixLength(), from, through);
    }

    /**
     * What keeps this child from a new pairing of this kind: a closed file, a start before birth, a pairing already.
     */
    private List<Problem> childProblems(ChildAccess child, PairingKind kind, LocalDate startsOn) {
        List<Problem> problems = new ArrayList<>();
        if (!child.fileOpen()) {
            problems.add(Problem.ofField("input.child", ChildAccess.CHILD_FILE_CLOSED, "The child's file is closed."));
        }
        if (startsOn.isBefore(child.birthDate())) {
            problems.add(startsOnInvalid());
        }
        if (store.hasActivePairingOfKind(child.childId(), kind)) {
            problems.add(Problem.ofField("input.kind", CHILD_ALREADY_PAIRED, ALREADY_PAIRED_MESSAGE));
        }
        return problems;
    }

    private Problem startsOnInvalid() {
        return Problem.ofField("input.startsOn", STARTS_ON_INVALID,
                "startsOn lies between the child's birth and %d days from now."
                        .formatted(policy.latestStartDaysAhead()));
    }

    private void checkVolunteer(Volunteer volunteer, LocalDate startsOn, List<Problem> problems) {
        if (!volunteer.active) {
            problems.add(Problem.ofField("input.volunteerId", VOLUNTEER_INACTIVE, "The volunteer is not active."));
        }
        LocalDate today = ChinaTime.today();
        LocalDate checkNeededOn = startsOn.isAfter(today) ? startsOn : today;
        if (volunteer.backgroundCheckExpiresOn == null || volunteer.backgroundCheckExpiresOn.isBefore(checkNeededOn)) {
            problems.add(Problem.ofField("input.volunteerId", BACKGROUND_CHECK_EXPIRED,
                    "The volunteer's background check has expired."));
        }
        int active = store.activePairingsOf(List.of(volunteer.id)).getOrDefault(volunteer.id, 0);
        if (active >= policy.maxActivePerVolunteer()) {
            problems.add(Problem.ofField("input.volunteerId", VOLUNTEER_AT_CAPACITY,
                    "The volunteer has " + policy.maxActivePerVolunteer() + " active pairings already."));
        }
    }

    private Pairing requireOwnPairing(String id, AuditOperation operation) {
        UUID pairingId = Ids.parse("id", id);
        Pairing pairing = store.findById(pairingId);
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
        Map<UUID, LocalDate> lastContacts = store.lastContacts(pairings.stream().map(p -> p.id).toList());
        Map<UUID, String> volunteerNames = volunteers.findNames(
                pairings.stream().map(p -> p.volunteerId).collect(Collectors.toSet()));
        LocalDate today = ChinaTime.today();
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

package org.tonghu.volunteer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
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
import org.tonghu.graphql.ConflictException;
import org.tonghu.graphql.Ids;
import org.tonghu.graphql.PageRequest;
import org.tonghu.graphql.Problem;
import org.tonghu.graphql.TotalCount;
import org.tonghu.graphql.ValidationFailedException;
import org.tonghu.organization.OrganizationNotFoundException;
import org.tonghu.organization.OrganizationService;
import org.tonghu.organization.OrganizationView;
import org.tonghu.security.CurrentUser;
import org.tonghu.time.ChinaTime;
import org.tonghu.validation.TextRules;

/**
 * Volunteers. A caller sees and changes the volunteers of their own organization, and regional staff those of the
 * organizations working in their jurisdiction; nobody else sees them.
 */
@ApplicationScoped
public class VolunteerService {

    static final String CURSOR_KIND = "volunteer";
    static final String CHECK_DATE_INVALID = "BACKGROUND_CHECK_DATE_INVALID";
    static final int MAX_PER_ORGANIZATION = 100;

    private final VolunteerStore store;
    private final OrganizationService organizations;
    private final CurrentUser currentUser;
    private final AuditLog audit;

    VolunteerService(VolunteerStore store, OrganizationService organizations, CurrentUser currentUser,
            AuditLog audit) {
        this.store = store;
        this.organizations = organizations;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public VolunteerView findVolunteer(String id) {
        return visible(List.of(Ids.parse("id", id))).stream().findFirst().map(VolunteerView::of)
                .orElseThrow(VolunteerNotFoundException::new);
    }

    /**
     * A volunteer of this organization, its row locked until the transaction ends: for registries that count what a
     * volunteer holds against a limit (pairings), so that concurrent requests are counted one after the other.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Volunteer> lockVolunteerOfOrganization(UUID volunteerId, UUID organizationId) {
        return store.lock(volunteerId).filter(volunteer -> volunteer.organizationId.equals(organizationId));
    }

    /** A volunteer of this organization, for registries that assign volunteers (pairings, activities). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Volunteer> findVolunteerOfOrganization(UUID volunteerId, UUID organizationId) {
        return store.findByIdOptional(volunteerId)
                .filter(volunteer -> volunteer.organizationId.equals(organizationId));
    }

    /** The names of these volunteers, by id, whoever may see them: for registries that show who serves; one query. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<UUID, String> findNames(Collection<UUID> volunteerIds) {
        return store.listByIds(volunteerIds).stream()
                .collect(Collectors.toMap(volunteer -> volunteer.id, volunteer -> volunteer.personName));
    }

    /**
     * Up to {@code limit} active volunteers of an organization whose background check is missing or expires by a day,
     * the most pressing first (then by name): for the registry that needs valid checks (pairings), which has checked
     * that the caller acts for the organization.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<VolunteerView> listActiveWithChecksExpiringBy(UUID organizationId, LocalDate until, int limit) {
        return store.listActiveWithChecksExpiringBy(organizationId, until, limit).stream().map(VolunteerView::of)
                .toList();
    }

    /** A page of the volunteers the caller may see, optionally of one organization, ordered by name. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public VolunteerConnection listVolunteers(String organizationId, String nameContains, Integer first,
            String after) {
        return listVolunteers(organizationId, nameContains, first, after, false);
    }

    /** The same page, with how many volunteers match in all when {@code withTotalCount} (one count). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public VolunteerConnection listVolunteers(String organizationId, String nameContains, Integer first,
            String after, boolean withTotalCount) {
        PageRequest page = PageRequest.of(first, after, CURSOR_KIND);
        List<Problem> problems = new ArrayList<>();
        String name = nameContains == null ? null : TextRules.text("nameContains", nameContains, 50, true, problems);
        if (!problems.isEmpty()) {
            throw new ValidationFailedException(problems);
        }
        Set<UUID> organizationIds = organizationId == null ? visibleOrganizations()
                : visibleOrganization(Ids.parse("organizationId", organizationId));
        List<VolunteerView> rows = store.page(organizationIds, name, page).stream().map(VolunteerView::of).toList();
        VolunteerConnection connection = page.toConnection(rows, CURSOR_KIND,
                v -> VolunteerStore.BY_NAME.key(v.personName(), v.id()), VolunteerEdge::new, VolunteerConnection::new);
        return withTotalCount ? connection.withTotalCount(TotalCount.of(store.count(organizationIds, name)))
                : connection;
    }

    /** Up to {@value #MAX_PER_ORGANIZATION} volunteers of each organization the caller may see; one query. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<List<VolunteerView>> volunteersOf(List<OrganizationView> organizationViews) {
        Optional<UUID> own = currentUser.organizationId();
        Optional<String> jurisdiction = currentUser.childScope().regionPrefix();
        Set<UUID> visible = organizationViews.stream()
                .filter(o -> own.map(id -> id.toString().equals(o.id())).orElse(false)
                        || jurisdiction.map(o.regionCode()::startsWith).orElse(false))
                .map(o -> UUID.fromString(o.id())).collect(Collectors.toSet());
        Map<UUID, List<VolunteerView>> byOrganization = new LinkedHashMap<>();
        for (Volunteer volunteer : store.firstOfEach(visible, MAX_PER_ORGANIZATION)) {
            byOrganization.computeIfAbsent(volunteer.organizationId, id -> new ArrayList<>())
                    .add(VolunteerView.of(volunteer));
        }
        return organizationViews.stream()
                .map(o -> byOrganization.getOrDefault(UUID.fromString(o.id()), List.of())).toList();
    }

    @Transactional
    public VolunteerView createVolunteer(String organizationId, VolunteerInput input) {
        OrganizationView organization = organizations.findOrganization(organizationId);
        if (!mayManage(organization)) {
            throw new OrganizationNotFoundException();
        }
        Volunteer volunteer = new Volunteer();
        volunteer.id = UUID.randomUUID();
        volunteer.organizationId = UUID.fromString(organization.id());
        apply(volunteer, input);
        store.persist(volunteer);
        store.flush();
        audit.event(AuditOperation.VOLUNTEER_CREATE).record(volunteer.id).succeeded();
        return VolunteerView.of(volunteer);
    }

    @Transactional
    public VolunteerView updateVolunteer(String id, int expectedVersion, VolunteerInput input) {
        Volunteer volunteer = visible(List.of(Ids.parse("id", id))).stream().findFirst()
                .orElseThrow(VolunteerNotFoundException::new);
        if (volunteer.version != expectedVersion) {
            throw new ConflictException();
        }
        apply(volunteer, input);
        store.flushOrConflict(ConflictException::new);
        audit.event(AuditOperation.VOLUNTEER_UPDATE).record(volunteer.id).succeeded();
        return VolunteerView.of(volunteer);
    }

    private void apply(Volunteer volunteer, VolunteerInput input) {
        List<Problem> problems = new ArrayList<>();
        String name = TextRules.text("personName", input.personName(), 50, true, problems);
        String phone = TextRules.phone("phone", input.phone(), problems);
        String skills = TextRules.text("skills", input.skills(), 300, false, problems);
        LocalDate expires = input.backgroundCheckExpiresOn();
        if (expires != null
                && (expires.isBefore(LocalDate.of(2000, 1, 1)) || expires.isAfter(ChinaTime.today().plusYears(10)))) {
            problems.add(Problem.ofField("backgroundCheckExpiresOn", CHECK_DATE_INVALID,
                    "backgroundCheckExpiresOn must lie between 2000 and ten years from now."));
        }
        if (!problems.isEmpty()) {
            throw new ValidationFailedException(problems);
        }
        volunteer.personName = name;
        volunteer.phone = phone;
        volunteer.skills = skills;
        volunteer.active = input.active();
        volunteer.backgroundCheckExpiresOn = expires;
    }

    /** Those of these volunteers the caller may see. */
    private List<Volunteer> visible(List<UUID> ids) {
        Optional<UUID> own = currentUser.organizationId();
        Optional<String> jurisdiction = currentUser.childScope().regionPrefix();
        List<Volunteer> found = store.listByIds(ids);
        Set<UUID> others = found.stream().map(v -> v.organizationId).filter(id -> !own.map(id::equals).orElse(false))
                .collect(Collectors.toSet());
        Set<UUID> inJurisdiction = jurisdiction.isEmpty() || others.isEmpty() ? Set.of()
                : organizations.findOrganizations(others).values().stream()
                        .filter(o -> o.regionCode().startsWith(jurisdiction.get()))
                        .map(o -> UUID.fromString(o.id())).collect(Collectors.toSet());
        return found.stream().filter(v -> own.map(v.organizationId::equals).orElse(false)
                || inJurisdiction.contains(v.organizationId)).toList();
    }

    /**
     * The organizations whose volunteers the caller sees: their own, and those working in the jurisdiction of
     * regional staff.
     */
    private Set<UUID> visibleOrganizations() {
        Set<UUID> visible = new HashSet<>();
        currentUser.organizationId().ifPresent(visible::add);
        currentUser.childScope().regionPrefix()
                .ifPresent(prefix -> visible.addAll(organizations.findOrganizationIdsUnder(prefix)));
        return visible;
    }

    /** This organization, if the caller sees its volunteers; none otherwise. */
    private Set<UUID> visibleOrganization(UUID organizationId) {
        if (currentUser.organizationId().map(organizationId::equals).orElse(false)) {
            return Set.of(organizationId);
        }
        Optional<String> jurisdiction = currentUser.childScope().regionPrefix();
        boolean inJurisdiction = jurisdiction.isPresent() && organizations.findOrganization(organizationId)
                .map(o -> o.regionCode().startsWith(jurisdiction.get())).orElse(false);
        return inJurisdiction ? Set.of(organizationId) : Set.of();
    }

    private boolean mayManage(OrganizationView organization) {
        if (currentUser.organizationId().map(own -> own.toString().equals(organization.id())).orElse(false)) {
            return true;
        }
        if (currentUser.childScope().isEmpty()) {
            throw currentUser.refused();
        }
        return currentUser.childScope().coversRegion(organization.regionCode());
    }
}

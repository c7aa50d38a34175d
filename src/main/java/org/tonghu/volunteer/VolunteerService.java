package org.tonghu.volunteer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;

import org.tonghu.audit.AuditLog;
import org.tonghu.audit.AuditOperation;
import org.tonghu.graphql.ConflictException;
import org.tonghu.graphql.Ids;
import org.tonghu.graphql.PageRequest;
import org.tonghu.graphql.Problem;
import org.tonghu.graphql.ValidationFailedException;
import org.tonghu.organization.OrganizationNotFoundException;
import org.tonghu.organization.OrganizationService;
import org.tonghu.organization.OrganizationView;
import org.tonghu.security.AccessScope;
import org.tonghu.security.CurrentUser;
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

    private final EntityManager entityManager;
    private final OrganizationService organizations;
    private final CurrentUser currentUser;
    private final AuditLog audit;

    VolunteerService(EntityManager entityManager, OrganizationService organizations, CurrentUser currentUser,
            AuditLog audit) {
        this.entityManager = entityManager;
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
        return Optional.ofNullable(entityManager.find(Volunteer.class, volunteerId, LockModeType.PESSIMISTIC_WRITE))
                .filter(volunteer -> volunteer.organizationId.equals(organizationId));
    }

    /** A volunteer of this organization, for registries that assign volunteers (pairings, activities). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Volunteer> findVolunteerOfOrganization(UUID volunteerId, UUID organizationId) {
        return Optional.ofNullable(entityManager.find(Volunteer.class, volunteerId))
                .filter(volunteer -> volunteer.organizationId.equals(organizationId));
    }

    /** A page of the volunteers the caller may see, optionally of one organization, ordered by name. */
    @Transactional(Transactional.TxType.SUPPORTS)
    @SuppressWarnings("unchecked")
    public VolunteerConnection listVolunteers(String organizationId, String nameContains, Integer first, String after) {
        PageRequest page = PageRequest.of(first, after, CURSOR_KIND);
        Optional<String[]> afterKey = page.afterKey().map(PageRequest::textAndId);
        List<Problem> problems = new ArrayList<>();
        String name = nameContains == null ? null : TextRules.text("nameContains", nameContains, 50, true, problems);
        if (!problems.isEmpty()) {
            throw new ValidationFailedException(problems);
        }
        Map<String, Object> parameters = new java.util.HashMap<>();
        StringBuilder sql = new StringBuilder("select v.* from volunteer v join organization o on o.id = v.organization_id where ")
                .append(scopePredicate(parameters));
        if (organizationId != null) {
            sql.append(" and v.organization_id = :organization");
            parameters.put("organization", Ids.parse("organizationId", organizationId));
        }
        if (name != null) {
            sql.append(" and v.person_name like :name escape '\\'");
            parameters.put("name", "%" + TextRules.escapeLike(name) + "%");
        }
        afterKey.ifPresent(key -> {
            sql.append(" and (v.person_name, v.id) > (:afterName, :afterId)");
            parameters.put("afterName", key[0]);
            parameters.put("afterId", UUID.fromString(key[1]));
        });
        var query = entityManager.createNativeQuery(sql.append(" order by v.person_name, v.id").toString(), Volunteer.class)
                .setMaxResults(page.fetchSize());
        parameters.forEach(query::setParameter);
        List<VolunteerView> rows = ((List<Volunteer>) query.getResultList()).stream().map(VolunteerView::of).toList();
        return page.toConnection(rows, CURSOR_KIND, v -> v.personName() + "|" + v.id(), VolunteerEdge::new,
                VolunteerConnection::new);
    }

    /** Up to {@value #MAX_PER_ORGANIZATION} volunteers of each organization the caller may see; one query. */
    @Transactional(Transactional.TxType.SUPPORTS)
    @SuppressWarnings("unchecked")
    public List<List<VolunteerView>> volunteersOf(List<OrganizationView> organizationViews) {
        Set<UUID> ids = organizationViews.stream().map(o -> UUID.fromString(o.id())).collect(Collectors.toSet());
        Map<String, Object> parameters = new java.util.HashMap<>();
        parameters.put("organizations", ids);
        parameters.put("limit", MAX_PER_ORGANIZATION);
        var query = entityManager.createNativeQuery("select id, organization_id, person_name, phone, skills, active,"
                + " background_check_expires_on, created_at, updated_at, version from ("
                + " select v.*, row_number() over (partition by v.organization_id order by v.person_name, v.id) as position"
                + " from volunteer v join organization o on o.id = v.organization_id"
                + " where v.organization_id in (:organizations) and " + scopePredicate(parameters)
                + ") ranked where position <= :limit order by organization_id, person_name, id", Volunteer.class);
        parameters.forEach(query::setParameter);
        Map<UUID, List<VolunteerView>> byOrganization = new LinkedHashMap<>();
        for (Volunteer volunteer : (List<Volunteer>) query.getResultList()) {
            byOrganization.computeIfAbsent(volunteer.organizationId, id -> new ArrayList<>()).add(VolunteerView.of(volunteer));
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
        entityManager.persist(volunteer);
        entityManager.flush();
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
        try {
            entityManager.flush();
        } catch (OptimisticLockException e) {
            throw new ConflictException();
        }
        audit.event(AuditOperation.VOLUNTEER_UPDATE).record(volunteer.id).succeeded();
        return VolunteerView.of(volunteer);
    }

    private void apply(Volunteer volunteer, VolunteerInput input) {
        List<Problem> problems = new ArrayList<>();
        String name = TextRules.text("personName", input.personName(), 50, true, problems);
        String phone = TextRules.phone("phone", input.phone(), problems);
        String skills = TextRules.text("skills", input.skills(), 300, false, problems);
        LocalDate expires = input.backgroundCheckExpiresOn();
        if (expires != null && (expires.isBefore(LocalDate.of(2000, 1, 1)) || expires.isAfter(LocalDate.now().plusYears(10)))) {
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

    @SuppressWarnings("unchecked")
    private List<Volunteer> visible(List<UUID> ids) {
        Map<String, Object> parameters = new java.util.HashMap<>();
        parameters.put("ids", ids);
        var query = entityManager.createNativeQuery("select v.* from volunteer v join organization o on o.id = v.organization_id"
                + " where v.id in (:ids) and " + scopePredicate(parameters), Volunteer.class);
        parameters.forEach(query::setParameter);
        return query.getResultList();
    }

    /** Own organization's volunteers, and those of organizations working in the regional part of the scope. */
    private String scopePredicate(Map<String, Object> parameters) {
        AccessScope scope = currentUser.childScope();
        List<String> parts = new ArrayList<>();
        currentUser.organizationId().ifPresent(organization -> {
            parts.add("v.organization_id = :ownOrganization");
            parameters.put("ownOrganization", organization);
        });
        scope.regionPrefix().ifPresent(prefix -> {
            parts.add("o.region_code like :scopePrefix");
            parameters.put("scopePrefix", prefix + "%");
        });
        return parts.isEmpty() ? "false" : "(" + String.join(" or ", parts) + ")";
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

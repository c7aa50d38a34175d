package org.tonghu.organization;

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
import org.tonghu.graphql.ConflictException;
import org.tonghu.graphql.Ids;
import org.tonghu.graphql.PageRequest;
import org.tonghu.graphql.Problem;
import org.tonghu.graphql.TotalCount;
import org.tonghu.graphql.ValidationFailedException;
import org.tonghu.region.RegionService;
import org.tonghu.regioncode.RegionCode;
import org.tonghu.security.CurrentUser;
import org.tonghu.security.Roles;
import org.tonghu.validation.TextRules;

/**
 * Organizations: public bodies and registered NGOs, readable by every signed-in caller. The system administrator
 * registers them anywhere; province and city officers within their jurisdiction.
 */
@ApplicationScoped
public class OrganizationService {

    static final String CURSOR_KIND = "organization";
    static final String REGION_OUT_OF_SCOPE = "REGION_OUT_OF_SCOPE";

    private final OrganizationStore store;
    private final RegionService regions;
    private final CurrentUser currentUser;
    private final AuditLog audit;

    OrganizationService(OrganizationStore store, RegionService regions, CurrentUser currentUser, AuditLog audit) {
        this.store = store;
        this.regions = regions;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    /**
     * The organization the caller acts for, as registered; none for a caller without one or with one Tonghu does not
     * know (whom the asking service then {@linkplain CurrentUser#refused() refuses}, so the refusal names it).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<OrganizationView> callersOrganization() {
        return currentUser.organizationId().flatMap(this::findOrganization);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<OrganizationView> findOrganization(UUID id) {
        return store.findByIdOptional(id).map(OrganizationView::of);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public OrganizationView findOrganization(String id) {
        return findOrganization(Ids.parse("id", id)).orElseThrow(OrganizationNotFoundException::new);
    }

    /** The organizations with these ids, by id; one query. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<UUID, OrganizationView> findOrganizations(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return store.listByIds(ids).stream().collect(Collectors.toMap(o -> o.id, OrganizationView::of));
    }

    /**
     * The ids of the organizations working under a region prefix (a jurisdiction's significant digits), for features
     * whose records belong to organizations and are seen by the regional staff over them (volunteers); one query.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<UUID> findOrganizationIdsUnder(String regionPrefix) {
        return store.listIdsUnder(regionPrefix);
    }

    /** Every organization of a kind working under a region (e.g. its schools), by region code then name; one query. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<OrganizationView> listOrganizationsUnder(RegionCode region, OrganizationKind kind) {
        return store.listOfKindUnder(kind, region.scopePrefix()).stream().map(OrganizationView::of).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public OrganizationConnection listOrganizations(String regionCode, OrganizationKind kind, String nameContains,
            Integer first, String after) {
        return listOrganizations(regionCode, kind, nameContains, first, after, false);
    }

    /** A page of organizations by name, with how many match in all when {@code withTotalCount} (one count). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public OrganizationConnection listOrganizations(String regionCode, OrganizationKind kind, String nameContains,
            Integer first, String after, boolean withTotalCount) {
        PageRequest page = PageRequest.of(first, after, CURSOR_KIND);
        List<Problem> problems = new ArrayList<>();
        String prefix = RegionService.filterPrefix("regionCode", regionCode, problems);
        String name = nameContains == null ? null : TextRules.text("nameContains", nameContains, 100, true, problems);
        if (!problems.isEmpty()) {
            throw new ValidationFailedException(problems);
        }
        List<OrganizationView> rows = store.page(prefix, kind, name, page).stream().map(OrganizationView::of).toList();
        OrganizationConnection connection = page.toConnection(rows, CURSOR_KIND,
                o -> OrganizationStore.BY_NAME.key(o.name(), o.id()), OrganizationEdge::new,
                OrganizationConnection::new);
        return withTotalCount ? connection.withTotalCount(TotalCount.of(store.count(prefix, kind, name)))
                : connection;
    }

    /**
     * The organizations working in a village: those whose region is the village or a region above it, other than
     * {@code leftOut} (the caller's own, when a child is referred), by name. For features that decide on a child's
     * behalf; the caller's access to the child is theirs to check.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<OrganizationView> listOrganizationsWorkingIn(RegionCode village, Optional<UUID> leftOut) {
        return store.listContaining(village, leftOut).stream().map(OrganizationView::of).toList();
    }

    @Transactional
    public OrganizationView createOrganization(OrganizationInput input) {
        Organization organization = new Organization();
        organization.id = UUID.randomUUID();
        apply(organization, input);
        store.persistAndFlush(organization);
        audit.event(AuditOperation.ORGANIZATION_CREATE).record(organization.id).succeeded();
        return OrganizationView.of(organization);
    }

    @Transactional
    public OrganizationView updateOrganization(String id, int expectedVersion, OrganizationInput input) {
        Organization organization = store.findByIdOptional(Ids.parse("id", id))
                .filter(found -> mayWrite(found.regionCode))
                .orElseThrow(OrganizationNotFoundException::new);
        if (organization.version != expectedVersion) {
            throw new ConflictException();
        }
        apply(organization, input);
        store.flushOrConflict(ConflictException::new);
        audit.event(AuditOperation.ORGANIZATION_UPDATE).record(organization.id).succeeded();
        return OrganizationView.of(organization);
    }

    private void apply(Organization organization, OrganizationInput input) {
        List<Problem> problems = new ArrayList<>();
        String name = TextRules.text("name", input.name(), 200, true, problems);
        String contactName = TextRules.text("contactName", input.contactName(), 50, false, problems);
        String contactPhone = TextRules.phone("contactPhone", input.contactPhone(), problems);
        Optional<RegionCode> region = regions.checkKnownRegion("regionCode", input.regionCode(), problems);
        if (region.isPresent() && !mayWrite(region.get().value())) {
            problems.add(Problem.ofField("regionCode", REGION_OUT_OF_SCOPE,
                    "The region lies outside your jurisdiction."));
        }
        if (!problems.isEmpty()) {
            throw new ValidationFailedException(problems);
        }
        organization.name = name;
        organization.kind = input.kind();
        organization.regionCode = region.get().value();
        organization.contactName = contactName;
        organization.contactPhone = contactPhone;
    }

    /** The system administrator registers organizations anywhere; province and city officers in their jurisdiction. */
    private boolean mayWrite(String regionCode) {
        if (currentUser.hasRole(Roles.SYSTEM_ADMINISTRATOR)) {
            return true;
        }
        if (!currentUser.hasRole(Roles.PROVINCE_OFFICER) && !currentUser.hasRole(Roles.CITY_OFFICER)) {
            throw currentUser.refused();
        }
        return currentUser.region().map(region -> region.contains(new RegionCode(regionCode))).orElse(false);
    }

}

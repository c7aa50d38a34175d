package org.tonghu.harbor;

import java.util.ArrayList;
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
import org.tonghu.organization.OrganizationService;
import org.tonghu.organization.OrganizationView;
import org.tonghu.region.RegionService;
import org.tonghu.regioncode.RegionCode;
import org.tonghu.regioncode.RegionLevel;
import org.tonghu.security.CurrentUser;
import org.tonghu.validation.TextRules;

/**
 * Tongxin Harbor sites: places, not people, so every caller who works with children may read them. The operating
 * organization's staff, and regional staff for villages in their jurisdiction, register and change them.
 */
@ApplicationScoped
public class HarborSiteService {

    static final String CURSOR_KIND = "harbor";
    static final String VILLAGE_INVALID = "VILLAGE_INVALID";
    static final String ORGANIZATION_NOT_FOUND = "ORGANIZATION_NOT_FOUND";
    static final String NOT_YOURS = "NOT_YOUR_ORGANIZATION_OR_JURISDICTION";

    private final HarborSiteStore store;
    private final RegionService regions;
    private final OrganizationService organizations;
    private final CurrentUser currentUser;
    private final AuditLog audit;

    HarborSiteService(HarborSiteStore store, RegionService regions, OrganizationService organizations,
            CurrentUser currentUser, AuditLog audit) {
        this.store = store;
        this.regions = regions;
        this.organizations = organizations;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public HarborSiteView findHarborSite(String id) {
        return store.findByIdOptional(Ids.parse("id", id)).map(HarborSiteView::of)
                .orElseThrow(HarborSiteNotFoundException::new);
    }

    /** The site with this id, for registries that place things at a site. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<HarborSiteView> findHarborSite(UUID id) {
        return store.findByIdOptional(id).map(HarborSiteView::of);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public HarborSiteConnection listHarborSites(String regionCode, String organizationId, Integer first, String after) {
        return listHarborSites(regionCode, organizationId, first, after, false);
    }

    /** A page of sites by village code, with how many match in all when {@code withTotalCount} (one count). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public HarborSiteConnection listHarborSites(String regionCode, String organizationId, Integer first, String after,
            boolean withTotalCount) {
        PageRequest page = PageRequest.of(first, after, CURSOR_KIND);
        String prefix = regionCode == null ? null : RegionCode.parse(regionCode).map(RegionCode::scopePrefix)
                .orElseThrow(() -> ValidationFailedException.of("regionCode", "INVALID_REGION_CODE",
                        "regionCode must be a 12-digit region code."));
        UUID organization = organizationId == null ? null : Ids.parse("organizationId", organizationId);
        List<HarborSiteView> rows = store.page(prefix, organization, page).stream().map(HarborSiteView::of).toList();
        HarborSiteConnection connection = page.toConnection(rows, CURSOR_KIND,
                site -> HarborSiteStore.BY_VILLAGE.key(site.villageCode(), site.id()), HarborSiteEdge::new,
                HarborSiteConnection::new);
        return withTotalCount ? connection.withTotalCount(TotalCount.of(store.count(prefix, organization)))
                : connection;
    }

    /** The sites each organization runs, aligned with the organizations; one query. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<List<HarborSiteView>> sitesOf(List<OrganizationView> organizationViews) {
        Set<UUID> ids = organizationViews.stream().map(o -> UUID.fromString(o.id())).collect(Collectors.toSet());
        Map<UUID, List<HarborSiteView>> byOrganization = new LinkedHashMap<>();
        store.ofOrganizations(ids)
                .forEach(site -> byOrganization.computeIfAbsent(site.operatingOrganizationId, id -> new ArrayList<>())
                        .add(HarborSiteView.of(site)));
        return organizationViews.stream()
                .map(o -> byOrganization.getOrDefault(UUID.fromString(o.id()), List.of())).toList();
    }

    @Transactional
    public HarborSiteView createHarborSite(HarborSiteInput input) {
        HarborSite site = new HarborSite();
        site.id = UUID.randomUUID();
        apply(site, input);
        store.persistAndFlush(site);
        audit.event(AuditOperation.HARBOR_SITE_CREATE).record(site.id).succeeded();
        return HarborSiteView.of(site);
    }

    @Transactional
    public HarborSiteView updateHarborSite(String id, int expectedVersion, HarborSiteInput input) {
        HarborSite site = store.findByIdOptional(Ids.parse("id", id)).orElseThrow(HarborSiteNotFoundException::new);
        if (!mayManage(site.operatingOrganizationId.toString(), site.villageCode)) {
            throw currentUser.refused();
        }
        if (site.version != expectedVersion) {
            throw new ConflictException();
        }
        apply(site, input);
        store.flushOrConflict();
        audit.event(AuditOperation.HARBOR_SITE_UPDATE).record(site.id).succeeded();
        return HarborSiteView.of(site);
    }

    private void apply(HarborSite site, HarborSiteInput input) {
        List<Problem> problems = new ArrayList<>();
        String name = TextRules.text("name", input.name(), 100, true, problems);
        Optional<RegionCode> village = RegionCode.parse(input.villageCode())
                .filter(code -> code.level() == RegionLevel.VILLAGE)
                .filter(code -> regions.findRegion(code).isPresent());
        if (village.isEmpty()) {
            problems.add(Problem.ofField("villageCode", VILLAGE_INVALID, "villageCode must be a known village."));
        }
        Optional<OrganizationView> organization = Optional.empty();
        try {
            organization = organizations.findOrganization(
                    Ids.parse("operatingOrganizationId", input.operatingOrganizationId()));
        } catch (ValidationFailedException e) {
            problems.addAll(e.problems());
        }
        if (organization.isEmpty() && problems.stream().noneMatch(p -> p.field().equals("operatingOrganizationId"))) {
            problems.add(Problem.ofField("operatingOrganizationId", ORGANIZATION_NOT_FOUND,
                    "No organization with this id."));
        }
        if (problems.isEmpty() && !mayManage(organization.get().id(), village.get().value())) {
            problems.add(Problem.ofField("operatingOrganizationId", NOT_YOURS,
                    "Register sites of your own organization, or in villages of your jurisdiction."));
        }
        if (!problems.isEmpty()) {
            throw new ValidationFailedException(problems);
        }
        site.name = name;
        site.villageCode = village.get().value();
        site.operatingOrganizationId = UUID.fromString(organization.get().id());
    }

    private boolean mayManage(String organizationId, String villageCode) {
        return currentUser.organizationId().map(own -> own.toString().equals(organizationId)).orElse(false)
                || currentUser.childScope().coversRegion(villageCode);
    }
}

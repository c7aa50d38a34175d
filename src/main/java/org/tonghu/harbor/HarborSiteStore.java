package org.tonghu.harbor;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.tonghu.graphql.ConflictException;
import org.tonghu.graphql.PageRequest;
import org.tonghu.persistence.NativeSql;
import org.tonghu.persistence.NativeSql.Keyset;
import org.tonghu.persistence.Writes;

/** All SQL of the harbor feature: Tongxin Harbor sites. */
@ApplicationScoped
class HarborSiteStore {

    /** The keyset of site lists: by village code, then id. */
    static final Keyset BY_VILLAGE = Keyset.textThenId("h.village_code", "h.id");

    private final EntityManager entityManager;

    HarborSiteStore(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    Optional<HarborSite> find(UUID id) {
        return Optional.ofNullable(entityManager.find(HarborSite.class, id));
    }

    /** Writes a new site now. */
    void persist(HarborSite site) {
        entityManager.persist(site);
        entityManager.flush();
    }

    /** Flushes a change; another writer's change since the read is a {@code CONFLICT}. */
    void flushOrConflict() {
        Writes.flushOrConflict(entityManager, ConflictException::new);
    }

    /** A page of sites, optionally in villages under a prefix and of an organization, by {@link #BY_VILLAGE}. */
    List<HarborSite> page(String villagePrefix, UUID organizationId, PageRequest page) {
        return NativeSql.of("select h.* from harbor_site h where true")
                .andIf(villagePrefix != null, "h.village_code like :prefix", "prefix", villagePrefix + "%")
                .andIf(organizationId != null, "h.operating_organization_id = :organization", "organization",
                        organizationId)
                .keysetPage(page, BY_VILLAGE)
                .list(entityManager, HarborSite.class);
    }

    /** The sites these organizations run, by village code; one query. */
    List<HarborSite> ofOrganizations(Collection<UUID> organizationIds) {
        return entityManager.createQuery("from HarborSite h where h.operatingOrganizationId in :ids"
                + " order by h.villageCode, h.id", HarborSite.class).setParameter("ids", organizationIds)
                .getResultList();
    }
}

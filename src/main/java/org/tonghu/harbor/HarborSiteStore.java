package org.tonghu.harbor;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.tonghu.graphql.ConflictException;
import org.tonghu.graphql.PageRequest;
import org.tonghu.persistence.NativeSql;
import org.tonghu.persistence.NativeSql.Keyset;
import org.tonghu.persistence.Writes;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

/** All SQL of the harbor feature: Tongxin Harbor sites. */
@ApplicationScoped
class HarborSiteStore implements PanacheRepositoryBase<HarborSite, UUID> {

    /** The keyset of site lists: by village code, then id. */
    static final Keyset BY_VILLAGE = Keyset.textThenId("h.village_code", "h.id");

    /** Flushes a change; another writer's change since the read is a {@code CONFLICT}. */
    void flushOrConflict() {
        Writes.flushOrConflict(getEntityManager(), ConflictException::new);
    }

    /** A page of sites, optionally in villages under a prefix and of an organization, by {@link #BY_VILLAGE}. */
    List<HarborSite> page(String villagePrefix, UUID organizationId, PageRequest page) {
        return matching(villagePrefix, organizationId).keysetPage(page, BY_VILLAGE)
                .list(getEntityManager(), HarborSite.class);
    }

    /** How many sites {@link #page} pages through; one count. */
    long count(String villagePrefix, UUID organizationId) {
        return matching(villagePrefix, organizationId).count(getEntityManager());
    }

    private static NativeSql matching(String villagePrefix, UUID organizationId) {
        return NativeSql.of("select h.* from harbor_site h where true")
                .andIf(villagePrefix != null, "h.village_code like :prefix", "prefix", villagePrefix + "%")
                .andIf(organizationId != null, "h.operating_organization_id = :organization", "organization",
                        organizationId);
    }

    /** The sites these organizations run, by village code; one query. */
    List<HarborSite> ofOrganizations(Collection<UUID> organizationIds) {
        return list("operatingOrganizationId in ?1", Sort.by("villageCode", "id"), organizationIds);
    }
}

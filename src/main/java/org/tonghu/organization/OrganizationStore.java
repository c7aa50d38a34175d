package org.tonghu.organization;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;

import org.tonghu.graphql.ConflictException;
import org.tonghu.graphql.PageRequest;
import org.tonghu.persistence.NativeSql;
import org.tonghu.persistence.NativeSql.Keyset;
import org.tonghu.persistence.Writes;
import org.tonghu.regioncode.RegionCode;
import org.tonghu.validation.TextRules;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** The {@code organization} table. */
@ApplicationScoped
class OrganizationStore implements PanacheRepositoryBase<Organization, UUID> {

    /** The keyset of the organizations list: by name, then id ("name|uuid" cursors). */
    static final Keyset BY_NAME = Keyset.textThenId("o.name", "o.id");

    /** The organizations with these ids; one query. */
    List<Organization> listByIds(Collection<UUID> ids) {
        return list("id in ?1", ids);
    }

    /** The ids of the organizations working under a region prefix (the prefix's region or below). */
    List<UUID> listIdsUnder(String regionPrefix) {
        return NativeSql.of("select o.id from organization o where o.region_code like :prefix")
                .bind("prefix", regionPrefix + "%").column(getEntityManager(), UUID.class);
    }

    /** The organizations of a kind working under a region prefix, by region code then name; one query. */
    List<Organization> listOfKindUnder(OrganizationKind kind, String regionPrefix) {
        return NativeSql.of("select o.* from organization o where o.kind = :kind and o.region_code like :prefix"
                + " order by o.region_code, o.name").bind("kind", kind.name()).bind("prefix", regionPrefix + "%")
                .list(getEntityManager(), Organization.class);
    }

    /** A page of organizations by name, optionally under a region prefix, of a kind, with part of the name. */
    List<Organization> page(String regionPrefix, OrganizationKind kind, String nameContains, PageRequest page) {
        return matching(regionPrefix, kind, nameContains).keysetPage(page, BY_NAME)
                .list(getEntityManager(), Organization.class);
    }

    /** How many organizations {@link #page} pages through; one count. */
    long count(String regionPrefix, OrganizationKind kind, String nameContains) {
        return matching(regionPrefix, kind, nameContains).count(getEntityManager());
    }

    private static NativeSql matching(String regionPrefix, OrganizationKind kind, String nameContains) {
        return NativeSql.of("select o.* from organization o where true")
                .andIf(regionPrefix != null, "o.region_code like :prefix", "prefix", regionPrefix + "%")
                .andIf(kind != null, "o.kind = :kind", "kind", kind == null ? null : kind.name())
                .andIf(nameContains != null, "o.name like :name escape '\\'", "name",
                        "%" + TextRules.escapeLike(nameContains == null ? "" : nameContains) + "%");
    }

    /**
     * The organizations whose region contains the village (the village itself or a region above it), but the one
     * left out, by name. A region contains the village when the village's code starts with the region's
     * {@linkplain RegionCode#scopePrefix() scope prefix}, that is when the region is the village or one of its
     * ancestors: so the codes are matched exactly, which the region code's index serves.
     */
    List<Organization> listContaining(RegionCode village, Optional<UUID> leftOut) {
        List<String> containing = Stream.concat(village.ancestors().stream(), Stream.of(village))
                .map(RegionCode::value).toList();
        return NativeSql.of("select o.* from organization o where o.region_code in (:containing)")
                .bind("containing", containing)
                .andIf(leftOut.isPresent(), "o.id <> :leftOut", "leftOut", leftOut.orElse(null))
                .append(" order by o.name, o.id")
                .list(getEntityManager(), Organization.class);
    }

    /** Flushes pending changes; another writer's change since the read becomes {@code conflict}. */
    void flushOrConflict(Supplier<ConflictException> conflict) {
        Writes.flushOrConflict(getEntityManager(), conflict);
    }
}

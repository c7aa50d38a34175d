package org.tonghu.concern;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.tonghu.child.ChildScope;
import org.tonghu.graphql.ConflictException;
import org.tonghu.graphql.PageRequest;
import org.tonghu.persistence.NativeSql;
import org.tonghu.persistence.NativeSql.Keyset;
import org.tonghu.persistence.Writes;
import org.tonghu.security.AccessScope;

/** All SQL of the concern feature: concerns and their follow-up. */
@ApplicationScoped
class ConcernStore {

    /** The keyset of concern lists: the latest raised first, then id. */
    static final Keyset LATEST_FIRST = Keyset.dateThenId("k.raised_on", "k.id", Keyset.Order.DESCENDING);

    private final EntityManager entityManager;

    ConcernStore(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    Optional<Concern> find(UUID id) {
        return Optional.ofNullable(entityManager.find(Concern.class, id));
    }

    /** Writes new concerns now. */
    void persistAll(Collection<Concern> concerns) {
        concerns.forEach(entityManager::persist);
        entityManager.flush();
    }

    /**
     * How many concerns of each of these children are still OPEN (nothing done yet) though raised before a day;
     * children without any are absent. One query.
     */
    Map<UUID, Integer> countUnattended(Collection<UUID> childIds, LocalDate raisedBefore) {
        Map<UUID, Integer> counts = new HashMap<>();
        NativeSql.of("select k.child_id, count(*) from concern k where k.child_id in (:children)"
                + " and k.status = 'OPEN' and k.raised_on < :before group by k.child_id")
                .bind("children", childIds).bind("before", raisedBefore).rows(entityManager)
                .forEach(row -> counts.put((UUID) row[0], ((Number) row[1]).intValue()));
        return counts;
    }

    void flushOrConflict(Supplier<ConflictException> conflict) {
        Writes.flushOrConflict(entityManager, conflict);
    }

    /**
     * A page of a child's concerns by {@link #LATEST_FIRST}; only those an organization raised when
     * {@code organizationId} is given.
     */
    List<Concern> pageOfChild(UUID childId, Optional<UUID> organizationId, PageRequest page) {
        return NativeSql.of("select k.* from concern k where k.child_id = :childId").bind("childId", childId)
                .andIf(organizationId.isPresent(), "k.organization_id = :organization", "organization",
                        organizationId.orElse(null))
                .keysetPage(page, LATEST_FIRST)
                .list(entityManager, Concern.class);
    }

    /**
     * A page of the concerns in these statuses about the children in a scope (optionally under a region prefix), by
     * {@link #LATEST_FIRST}; only those an organization raised when {@code raisedBy} is given.
     */
    List<Concern> pageInScope(AccessScope scope, Optional<UUID> raisedBy, Collection<ConcernStatus> statuses,
            String regionPrefix, PageRequest page) {
        Map<String, Object> childParameters = new HashMap<>();
        String children = ChildScope.predicate("c", scope, childParameters)
                + (regionPrefix == null ? "" : " and " + ChildScope.livesUnder("c", regionPrefix, childParameters));
        return NativeSql.of("select k.* from concern k join child c on c.id = k.child_id where " + children)
                .bindAll(childParameters)
                .andIf(raisedBy.isPresent(), "k.organization_id = :organization", "organization", raisedBy.orElse(null))
                .and("k.status in (:statuses)", "statuses", statuses.stream().map(Enum::name).toList())
                .keysetPage(page, LATEST_FIRST)
                .list(entityManager, Concern.class);
    }

    /** The open files under a region with a concern still OPEN though raised before a day. One statement. */
    List<UUID> openFilesWithUnattendedConcern(String regionPrefix, LocalDate raisedBefore) {
        Map<String, Object> parameters = new HashMap<>();
        return NativeSql.of("select c.id from child c where " + ChildScope.livesUnder("c", regionPrefix, parameters)
                + " and " + ChildScope.fileOpen("c") + " and exists (select 1 from concern k where k.child_id = c.id"
                + " and k.status = 'OPEN' and k.raised_on < :before)")
                .bindAll(parameters).bind("before", raisedBefore).column(entityManager, UUID.class);
    }
}

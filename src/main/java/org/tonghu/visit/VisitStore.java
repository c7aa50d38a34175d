package org.tonghu.visit;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.tonghu.graphql.ConflictException;
import org.tonghu.graphql.PageRequest;
import org.tonghu.persistence.NativeSql;
import org.tonghu.persistence.NativeSql.Keyset;
import org.tonghu.persistence.Writes;

/** All SQL of the visit feature: visits and their corrections. */
@ApplicationScoped
class VisitStore {

    /** The keyset of a child's visits: the latest visit day first, then id. */
    static final Keyset LATEST_FIRST = Keyset.dateThenId("v.visited_on", "v.id", Keyset.Order.DESCENDING);

    private final EntityManager entityManager;

    VisitStore(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    Optional<Visit> find(UUID id) {
        return Optional.ofNullable(entityManager.find(Visit.class, id));
    }

    /** Writes a new visit now (the database recomputes the child's schedule). */
    void persist(Visit visit) {
        entityManager.persist(visit);
        entityManager.flush();
    }

    void flushOrConflict(Supplier<ConflictException> conflict) {
        Writes.flushOrConflict(entityManager, conflict);
    }

    /**
     * A page of a child's visits by {@link #LATEST_FIRST}: corrected originals only when asked for, and only an
     * organization's own when {@code organizationId} is given.
     */
    List<Visit> pageOfChild(UUID childId, boolean includeCorrected, Optional<UUID> organizationId, PageRequest page) {
        NativeSql sql = NativeSql.of("select v.* from visit v where v.child_id = :childId").bind("childId", childId);
        if (!includeCorrected) {
            sql.and("v.superseded_by is null");
        }
        return sql.andIf(organizationId.isPresent(), "v.visitor_organization_id = :organization", "organization",
                organizationId.orElse(null))
                .keysetPage(page, LATEST_FIRST)
                .list(entityManager, Visit.class);
    }
}

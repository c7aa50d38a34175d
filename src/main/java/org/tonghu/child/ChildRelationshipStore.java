package org.tonghu.child;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.tonghu.persistence.NativeSql;

/** The {@code child_organization_relationship} table, kept by {@link ChildRelationships}. */
@ApplicationScoped
class ChildRelationshipStore {

    private final EntityManager entityManager;

    ChildRelationshipStore(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Opens (or reopens) the relationship a registry's record keeps, from a day until a day (inclusive) or open. */
    void open(UUID childId, UUID organizationId, String kind, UUID sourceId, LocalDate from, LocalDate until) {
        NativeSql.of("""
                insert into child_organization_relationship (child_id, organization_id, kind, source_id, active_from,
                                                             active_until)
                values (:child, :organization, :kind, :source, :from, :until)
                on conflict (child_id, organization_id, kind, source_id)
                do update set active_from = excluded.active_from, active_until = excluded.active_until
                """).bind("child", childId).bind("organization", organizationId).bind("kind", kind)
                .bind("source", sourceId).bind("from", from).bind("until", until).execute(entityManager);
    }

    /** Ends every relationship a registry's record opened: it holds through {@code until}, the last day. */
    void end(String kind, UUID sourceId, LocalDate until) {
        NativeSql.of("update child_organization_relationship set active_until = :until"
                + " where kind = :kind and source_id = :source")
                .bind("until", until).bind("kind", kind).bind("source", sourceId).execute(entityManager);
    }
}

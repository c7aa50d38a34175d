package org.tonghu.child;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Keeps the rows of {@code child_organization_relationship} through which an organization reaches a child
 * ({@link ChildScope}): registries open one when a pairing, service, referral or attendance starts and close it when
 * it ends. Each row is keyed by the registry's kind and record, so closing one relationship never ends another.
 */
@ApplicationScoped
public class ChildRelationships {

    private final EntityManager entityManager;

    ChildRelationships(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Opens (or reopens) a relationship from a day, until a day (inclusive) or open-ended. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void open(UUID childId, UUID organizationId, String kind, UUID sourceId, LocalDate from, LocalDate until) {
        entityManager.createNativeQuery("""
                insert into child_organization_relationship (child_id, organization_id, kind, source_id, active_from,
                                                             active_until)
                values (:child, :organization, :kind, :source, :from, :until)
                on conflict (child_id, organization_id, kind, source_id)
                do update set active_from = excluded.active_from, active_until = excluded.active_until
                """).setParameter("child", childId).setParameter("organization", organizationId)
                .setParameter("kind", kind).setParameter("source", sourceId).setParameter("from", from)
                .setParameter("until", until).executeUpdate();
    }

    /** Ends every relationship a registry record opened: it holds through {@code until}, the last day. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void end(String kind, UUID sourceId, LocalDate until) {
        entityManager.createNativeQuery("update child_organization_relationship set active_until = :until"
                + " where kind = :kind and source_id = :source")
                .setParameter("until", until).setParameter("kind", kind).setParameter("source", sourceId)
                .executeUpdate();
    }
}

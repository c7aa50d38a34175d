package org.tonghu.caseaction;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.tonghu.persistence.NativeSql;

/** All SQL of linked actions: the table {@code case_action}. */
@ApplicationScoped
class CaseActionStore {

    /** The most actions of one child shown on the child, the latest first. */
    static final int MAX_PER_CHILD = 50;

    private final EntityManager entityManager;

    CaseActionStore(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    void persist(CaseAction action) {
        entityManager.persist(action);
        entityManager.flush();
    }

    /**
     * The latest {@link #MAX_PER_CHILD} actions of each of these children, in date order (oldest first, as a case
     * reads); one query.
     */
    List<CaseAction> listOfChildren(Collection<UUID> childIds) {
        return NativeSql.of("select a.* from (select a.*, row_number() over (partition by a.child_id"
                + " order by a.action_date desc, a.id desc) as n from case_action a"
                + " where a.child_id in (:children)) a where a.n <= :max"
                + " order by a.child_id, a.action_date, a.recorded_at, a.id")
                .bind("children", childIds).bind("max", MAX_PER_CHILD)
                .list(entityManager, CaseAction.class);
    }
}

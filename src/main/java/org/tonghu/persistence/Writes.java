package org.tonghu.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;

import org.tonghu.graphql.ConflictException;

/** Writing versioned records: a flush that turns a lost optimistic-lock race into the client's CONFLICT. */
public final class Writes {

    private Writes() {
    }

    /** Flushes pending changes; another writer's change since the read becomes {@code CONFLICT}. */
    public static void flushOrConflict(EntityManager entityManager) {
        try {
            entityManager.flush();
        } catch (OptimisticLockException e) {
            throw new ConflictException();
        }
    }
}

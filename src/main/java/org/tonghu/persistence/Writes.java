package org.tonghu.persistence;

import java.util.function.Supplier;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;

import org.hibernate.exception.ConstraintViolationException;
import org.tonghu.graphql.ConflictException;
import org.tonghu.graphql.ValidationFailedException;

/**
 * Writing records: flushes that turn a lost race into the answer the client would have had without it (an
 * optimistic-lock race into {@code CONFLICT}, a unique index into its input problem).
 */
public final class Writes {

    private Writes() {
    }

    /**
     * Flushes pending changes; another writer's change since the read becomes the {@code CONFLICT} that
     * {@code conflict} records and returns (an audited refusal, e.g. {@code AuditLog.conflict}).
     */
    public static void flushOrConflict(EntityManager entityManager, Supplier<ConflictException> conflict) {
        try {
            entityManager.flush();
        } catch (OptimisticLockException e) {
            throw conflict.get();
        }
    }

    /**
     * Flushes pending inserts guarded by a unique index that the service checked before writing. When a concurrent
     * writer got there between the check and the insert, the index refuses the row; the caller then gets the same
     * problem as the check gives ({@code field}, {@code code}), not an internal error, and the refusal is recorded
     * ({@code recordRefusal}: an audited refusal in a transaction of its own).
     */
    public static void flushOrProblem(EntityManager entityManager, String uniqueIndex, String field, String code,
            String message, Runnable recordRefusal) {
        try {
            entityManager.flush();
        } catch (PersistenceException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof ConstraintViolationException violation
                        && uniqueIndex.equals(violation.getConstraintName())) {
                    recordRefusal.run();
                    throw ValidationFailedException.of(field, code, message);
                }
            }
            throw e;
        }
    }
}

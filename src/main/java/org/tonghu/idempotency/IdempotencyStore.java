package org.tonghu.idempotency;

import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.tonghu.audit.AuditLog;
import org.tonghu.audit.AuditOperation;
import org.tonghu.persistence.NativeSql;

/**
 * The {@code idempotency_key} table. {@link #once} claims the key and runs the creation in one transaction (the
 * service's own transaction joins it), so the key, its result and the created records commit together or not at all.
 */
@ApplicationScoped
class IdempotencyStore {


    private final EntityManager entityManager;
    private final IdempotencyConfig config;
    private final AuditLog audit;
    private final ResultJson json = new ResultJson();

    IdempotencyStore(EntityManager entityManager, IdempotencyConfig config, AuditLog audit) {
        this.entityManager = entityManager;
        this.config = config;
        this.audit = audit;
    }

    /**
     * Claims the key, or waits for a concurrent claim of it to end. A new (or expired) key: runs the creation and
     * keeps its result. A key held for the same arguments: the first result, and nothing runs.
     */
    @Transactional(rollbackOn = Exception.class)
    <T> T once(IdempotencyKeys.Claim claim, Type resultType, IdempotencyKeys.Creation<T> creation) throws Exception {
        int claimed = entityManager.createNativeQuery("insert into idempotency_key (subject, client_key, operation,"
                + " arguments_hash, created_at) values (:subject, :key, :operation, :hash, now())"
                + " on conflict (subject, client_key, operation)"
                + " do update set arguments_hash = excluded.arguments_hash,"
                + " result = null, created_at = excluded.created_at"
                + " where idempotency_key.created_at < now() - make_interval(secs => :retention)")
                .setParameter("subject", claim.subject()).setParameter("key", claim.key())
                .setParameter("operation", claim.operation()).setParameter("hash", claim.argumentsHash())
                .setParameter("retention", retentionSeconds()).executeUpdate();
        if (claimed == 0) {
            return replay(claim, resultType);
        }
        T result = creation.create();
        entityManager.createNativeQuery("update idempotency_key set result = :result"
                + " where subject = :subject and client_key = :key and operation = :operation")
                .setParameter("result", json.toJson(result)).setParameter("subject", claim.subject())
                .setParameter("key", claim.key()).setParameter("operation", claim.operation()).executeUpdate();
        return result;
    }

    private <T> T replay(IdempotencyKeys.Claim claim, Type resultType) {
        List<Object[]> rows = NativeSql.of("select arguments_hash, result from idempotency_key"
                + " where subject = :subject and client_key = :key and operation = :operation")
                .bind("subject", claim.subject()).bind("key", claim.key()).bind("operation", claim.operation())
                .rows(entityManager);
        if (rows.isEmpty() || rows.get(0)[1] == null) {
            throw new IllegalStateException("An idempotency key was claimed but holds no result");
        }
        if (!claim.argumentsHash().equals(rows.get(0)[0])) {
            throw new IdempotencyKeyReusedException();
        }
        T result = json.fromJson((String) rows.get(0)[1], resultType);
        // a replay is audited: the caller sees the first result's data again
        audit.event(AuditOperation.IDEMPOTENT_REPLAY).onMutation(claim.fieldName())
                .records(ResultJson.recordIds(result))
                .succeeded();
        return result;
    }

    String argumentsHash(Map<String, ?> arguments) {
        return json.hash(arguments);
    }

    String hash(String text) {
        return json.hash(Map.of("text", text));
    }

    /** Deletes the keys older than the retention; returns how many. */
    @Transactional
    int purgeExpired() {
        return entityManager.createNativeQuery("delete from idempotency_key"
                + " where created_at < now() - make_interval(secs => :retention)")
                .setParameter("retention", retentionSeconds()).executeUpdate();
    }

    private double retentionSeconds() {
        return config.retention().toMillis() / 1000.0;
    }

    @PreDestroy
    void close() throws Exception {
        json.close();
    }
}

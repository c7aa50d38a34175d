package org.tonghu.audit;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.tonghu.security.CurrentUser;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;

/**
 * Writes audit events. {@link #record} joins the caller's transaction, so an access and its event commit together
 * or not at all; {@link #recordRefusal} commits on its own, because the refused request's transaction rolls back.
 */
@ApplicationScoped
public class AuditLog {

    private final EntityManager entityManager;
    private final CurrentUser currentUser;
    private final CurrentVertxRequest currentRequest;

    AuditLog(EntityManager entityManager, CurrentUser currentUser, CurrentVertxRequest currentRequest) {
        this.entityManager = entityManager;
        this.currentUser = currentUser;
        this.currentRequest = currentRequest;
    }

    /** Records an access in the current transaction (there must be one). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String operation, String recordType, Collection<?> recordIds, Collection<String> fieldsRevealed,
            AuditResult result, String reason) {
        entityManager.persist(event(operation, recordType, recordIds, fieldsRevealed, result, reason));
        entityManager.flush();
    }

    /** Records a refused or failed access in a transaction of its own, so that it survives the request's rollback. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordRefusal(String operation, String recordType, Collection<?> recordIds, AuditResult result,
            String reason) {
        entityManager.persist(event(operation, recordType, recordIds, java.util.List.of(), result, reason));
    }

    private AuditEvent event(String operation, String recordType, Collection<?> recordIds,
            Collection<String> fieldsRevealed, AuditResult result, String reason) {
        AuditEvent event = new AuditEvent();
        event.occurredAt = OffsetDateTime.now();
        event.actorSubject = currentUser.subject();
        event.actorUsername = currentUser.username().orElse(null);
        event.organizationId = currentUser.organizationId().orElse(null);
        event.clientId = currentUser.clientId().orElse(null);
        event.roles = String.join(",", currentUser.roles());
        event.operation = operation;
        event.recordType = recordType;
        event.recordIds = recordIds.stream().map(String::valueOf).collect(Collectors.joining(","));
        event.fieldsRevealed = String.join(",", fieldsRevealed);
        event.result = result.name();
        event.sourceAddress = sourceAddress();
        event.reason = reason;
        return event;
    }

    private String sourceAddress() {
        var context = currentRequest.getCurrent();
        if (context == null || context.request().remoteAddress() == null) {
            return null;
        }
        return context.request().remoteAddress().hostAddress();
    }
}

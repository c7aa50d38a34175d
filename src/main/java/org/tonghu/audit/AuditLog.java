package org.tonghu.audit;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.tonghu.graphql.ConflictException;
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
        entityManager.persist(event(operation, recordType, recordIds, List.of(), result, reason));
    }

    /**
     * Records a refused write of a record that changed since the caller read it, in a transaction of its own, and
     * returns the {@code CONFLICT} to throw.
     */
    public ConflictException conflict(String operation, String recordType, Object recordId) {
        recordRefusal(operation, recordType, List.of(recordId), AuditResult.CONFLICT, null);
        return new ConflictException();
    }

    /** One access to record with {@link #recordRegardless}: the records it reached, how it ended and what it was. */
    public record Access(Collection<?> recordIds, AuditResult result, String reason) {
    }

    /**
     * Records accesses in a transaction of their own, so that they stand whatever becomes of the request (look-ups by
     * national ID number). Call it before the request's transaction records anything: that transaction would hold the
     * audit chain's lock until it ends.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordRegardless(String operation, String recordType, List<Access> accesses) {
        for (Access access : accesses) {
            entityManager.persist(event(operation, recordType, access.recordIds(), List.of(), access.result(),
                    access.reason()));
        }
    }

    /**
     * Records a refusal of this actor's request in a transaction of its own, outside the request's thread if need be:
     * for refusals announced by the security layer ({@link RefusalAuditor}), where no request-scoped user may exist.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordRefusalBy(CurrentUser actor, String sourceAddress, String operation, String recordType,
            Collection<?> recordIds, String reason) {
        AuditEvent event = event(actor, operation, recordType, recordIds, List.of(), AuditResult.DENIED, reason);
        event.sourceAddress = sourceAddress;
        entityManager.persist(event);
    }

    private AuditEvent event(String operation, String recordType, Collection<?> recordIds,
            Collection<String> fieldsRevealed, AuditResult result, String reason) {
        AuditEvent event = event(currentUser, operation, recordType, recordIds, fieldsRevealed, result, reason);
        event.sourceAddress = sourceAddress();
        return event;
    }

    private static AuditEvent event(CurrentUser actor, String operation, String recordType, Collection<?> recordIds,
            Collection<String> fieldsRevealed, AuditResult result, String reason) {
        AuditEvent event = new AuditEvent();
        event.occurredAt = OffsetDateTime.now();
        event.actorSubject = actor.subject();
        event.actorUsername = actor.username().orElse(null);
        event.organizationId = actor.organizationId().orElse(null);
        event.clientId = actor.clientId().orElse(null);
        event.roles = String.join(",", actor.roles());
        event.operation = operation;
        event.recordType = recordType;
        event.recordIds = recordIds.stream().map(String::valueOf).collect(Collectors.joining(","));
        event.fieldsRevealed = String.join(",", fieldsRevealed);
        event.result = result.name();
        event.reason = reason;
        return event;
    }

    private String sourceAddress() {
        return sourceAddress(currentRequest);
    }

    /** The address the current HTTP request came from; none outside a request. */
    static String sourceAddress(CurrentVertxRequest request) {
        try {
            var context = request.getCurrent();
            return context == null || context.request().remoteAddress() == null ? null
                    : context.request().remoteAddress().hostAddress();
        } catch (jakarta.enterprise.context.ContextNotActiveException e) {
            return null;
        }
    }
}

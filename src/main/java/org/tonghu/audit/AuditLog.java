package org.tonghu.audit;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.transaction.Transactional;

import org.tonghu.graphql.ConflictException;
import org.tonghu.security.CurrentUser;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;

/**
 * Writes audit events. Start one with {@link #event}, name its records, then end it by how the access ended:
 *
 * <pre>{@code
 * audit.event(AuditOperation.CHILD_READ).record(childId).succeeded();     // in the request's transaction
 * audit.event(AuditOperation.CHILD_READ).record(childId).notFound();      // apart: survives the rollback
 * throw audit.event(AuditOperation.VISIT_CORRECT).record(visitId).conflict();
 * }</pre>
 *
 * A success joins the caller's transaction, so an access and its event commit together or not at all; a refusal
 * ({@code notFound}, {@code denied}, {@code invalid}, {@code conflict}) commits on its own, because the refused
 * request's transaction rolls back.
 */
@ApplicationScoped
public class AuditLog {

    private final AuditStore store;
    private final CurrentUser currentUser;
    private final CurrentVertxRequest currentRequest;

    AuditLog(AuditStore store, CurrentUser currentUser, CurrentVertxRequest currentRequest) {
        this.store = store;
        this.currentUser = currentUser;
        this.currentRequest = currentRequest;
    }

    /** Starts an event of the current caller's; nothing is written until one of the entry's endings is called. */
    public Entry event(AuditOperation operation) {
        return new Entry(this, operation);
    }

    /** One access to record with {@link #recordRegardless}: the records it reached, how it ended and what it was. */
    public record Access(Collection<?> recordIds, AuditResult result, String reason) {
    }

    /**
     * Records accesses in a transaction of their own, so that they stand whatever becomes of the request (look-ups by
     * national ID number). Audited transactions take no lock for their events (the chain is sealed apart,
     * {@link AuditSealer}), so it may be called at any point of the request.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordRegardless(AuditOperation operation, List<Access> accesses) {
        for (Access access : accesses) {
            AuditEvent event = event(currentUser, operation, operation.recordType().name(), access.recordIds(),
                    List.of(), access.result(), access.reason());
            event.sourceAddress = sourceAddress(currentRequest);
            store.persist(event);
        }
    }

    /**
     * Records a change the service made by itself (a scheduled job, no user behind it) in the caller's transaction,
     * so that the change and its event commit together. The actor is {@code service:<job>}, without roles,
     * organization or source address.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordByService(String job, AuditOperation operation, Collection<?> recordIds, String reason) {
        AuditEvent event = new AuditEvent();
        event.occurredAt = OffsetDateTime.now();
        event.actorSubject = "service:" + job;
        event.roles = "";
        event.operation = operation.name();
        event.recordType = operation.recordType().name();
        event.recordIds = recordIds.stream().map(String::valueOf).collect(Collectors.joining(","));
        event.fieldsRevealed = "";
        event.result = AuditResult.SUCCESS.name();
        event.reason = reason;
        store.persistAndFlush(event);
    }

    /**
     * Records an access by an actor the security layer hands over (a third-party app's call, seen by the data-sharing
     * gate before the request's own user exists), in the caller's transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordFor(CurrentUser actor, String sourceAddress, AuditOperation operation, Collection<?> recordIds,
            AuditResult result, String reason) {
        AuditEvent event = event(actor, operation, operation.recordType().name(), recordIds, List.of(), result,
                reason);
        event.sourceAddress = sourceAddress;
        store.persist(event);
    }

    /**
     * Records a refusal of this actor's request in a transaction of its own, outside the request's thread if need be:
     * for refusals announced by the security layer ({@link RefusalAuditor}), where no request-scoped user may exist.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void recordRefusalBy(CurrentUser actor, String sourceAddress, String refusedMethod, String reason) {
        AuditEvent event = event(actor, AuditOperation.ACCESS_REFUSED,
                AuditOperation.ACCESS_REFUSED.recordType().name(),
                List.of(refusedMethod), List.of(), AuditResult.DENIED, reason);
        event.sourceAddress = sourceAddress;
        store.persist(event);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void writeInCurrentTransaction(Entry entry, AuditResult result) {
        // written at once, so a failure surfaces in the caller's transaction, not at its commit
        store.persistAndFlush(event(entry, result));
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void writeApart(Entry entry, AuditResult result) {
        store.persist(event(entry, result));
    }

    private AuditEvent event(Entry entry, AuditResult result) {
        AuditEvent event = event(currentUser, entry.operation, entry.recordType, entry.recordIds, entry.fieldsRevealed,
                result, entry.reason);
        event.sourceAddress = sourceAddress(currentRequest);
        return event;
    }

    private static AuditEvent event(CurrentUser actor, AuditOperation operation, String recordType,
            Collection<?> recordIds, Collection<String> fieldsRevealed, AuditResult result, String reason) {
        AuditEvent event = new AuditEvent();
        event.occurredAt = OffsetDateTime.now();
        event.actorSubject = actor.subject();
        event.actorUsername = actor.username().orElse(null);
        event.organizationId = actor.organizationId().orElse(null);
        event.clientId = actor.clientId().orElse(null);
        event.roles = String.join(",", actor.roles());
        event.operation = operation.name();
        event.recordType = recordType;
        event.recordIds = recordIds.stream().map(String::valueOf).collect(Collectors.joining(","));
        event.fieldsRevealed = String.join(",", fieldsRevealed);
        event.result = result.name();
        event.reason = reason;
        return event;
    }

    /** The address the current HTTP request came from; none outside a request. */
    static String sourceAddress(CurrentVertxRequest request) {
        try {
            var context = request.getCurrent();
            return context == null || context.request().remoteAddress() == null ? null
                    : context.request().remoteAddress().hostAddress();
        } catch (ContextNotActiveException e) {
            return null;
        }
    }

    /** An event being described: its operation, the records it names, the fields it revealed and why. */
    public static final class Entry {

        /** The longest record type stored ({@code audit_event.record_type}). */
        private static final int RECORD_TYPE_LENGTH = 30;

        private final AuditLog log;
        private final AuditOperation operation;
        private String recordType;
        private Collection<?> recordIds = List.of();
        private Collection<String> fieldsRevealed = List.of();
        private String reason;

        private Entry(AuditLog log, AuditOperation operation) {
            this.log = log;
            this.operation = operation;
            this.recordType = operation.recordType().name();
        }

        /** Names records of another kind than the operation's usual one. */
        public Entry on(AuditRecordType type) {
            this.recordType = type.name();
            return this;
        }

        /** Names the mutation a replayed answer belongs to, as the record type ({@code IDEMPOTENT_REPLAY}). */
        public Entry onMutation(String fieldName) {
            this.recordType = fieldName.substring(0, Math.min(fieldName.length(), RECORD_TYPE_LENGTH));
            return this;
        }

        /** The one record reached. */
        public Entry record(Object recordId) {
            this.recordIds = List.of(recordId);
            return this;
        }

        /** The records reached, in order. */
        public Entry records(Collection<?> recordIds) {
            this.recordIds = List.copyOf(recordIds);
            return this;
        }

        /** The protected fields shown in full (a permitted reveal). */
        public Entry revealing(String... fields) {
            this.fieldsRevealed = List.of(fields);
            return this;
        }

        /** Why: a stated reason or what was looked for; never personal data in clear. */
        public Entry because(String reason) {
            this.reason = reason;
            return this;
        }

        /** Records a successful access in the caller's transaction (there must be one). */
        public void succeeded() {
            log.writeInCurrentTransaction(this, AuditResult.SUCCESS);
        }

        /** Records that the records named were not found (or are out of reach, which reads the same), apart. */
        public void notFound() {
            log.writeApart(this, AuditResult.NOT_FOUND);
        }

        /** Records a refusal, apart. */
        public void denied() {
            log.writeApart(this, AuditResult.DENIED);
        }

        /** Records a refused write of a record that changed since the caller read it, apart; returns the error. */
        public ConflictException conflict() {
            log.writeApart(this, AuditResult.CONFLICT);
            return new ConflictException();
        }
    }
}

package org.tonghu.idempotency;

import java.lang.reflect.Type;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;

import org.tonghu.security.CurrentUser;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.smallrye.graphql.api.Context;

/**
 * Idempotent creates. A client sends an {@code Idempotency-Key} header (1 to 100 visible ASCII characters); a retry of
 * the same mutation (same field at the same place of the document) by the same caller with the same key returns the
 * first result instead of creating again, for {@code tonghu.idempotency.retention}. The same key with other arguments
 * gets {@code IDEMPOTENCY_KEY_REUSED}; a failed attempt keeps nothing, so a corrected retry may use the key again.
 * Without the header a mutation runs as before.
 */
@ApplicationScoped
public class IdempotencyKeys {

    public static final String HEADER = "Idempotency-Key";
    static final int MAX_KEY_LENGTH = 100;
    /** The operation column's width: a longer place in the document (a long alias) is kept as its hash. */
    private static final int MAX_OPERATION_LENGTH = 300;
    private static final long PURGE_EVERY_NANOS = Duration.ofMinutes(10).toNanos();

    private final CurrentVertxRequest currentRequest;
    private final CurrentUser currentUser;
    private final Context graphQLContext;
    private final IdempotencyStore store;
    private final AtomicLong nextPurge = new AtomicLong(System.nanoTime());

    IdempotencyKeys(CurrentVertxRequest currentRequest, CurrentUser currentUser, Context graphQLContext,
            IdempotencyStore store) {
        this.currentRequest = currentRequest;
        this.currentUser = currentUser;
        this.graphQLContext = graphQLContext;
        this.store = store;
    }

    /** A creating step, e.g. a service call. */
    @FunctionalInterface
    public interface Creation<T> {
        T create() throws Exception;
    }

    /** One caller's key for one mutation of a document, and a hash of its arguments. */
    record Claim(String subject, String key, String fieldName, String operation, String argumentsHash) {
    }

    /**
     * Runs the creation of the current GraphQL mutation once per idempotency key: with the request's key, in one
     * transaction with the key's row, or returns the first result of that key; without a key, just runs it.
     */
    public <T> T once(Type resultType, Creation<T> creation) throws Exception {
        Optional<String> key = requestKey();
        if (key.isEmpty()) {
            return creation.create();
        }
        purgeNowAndThen();
        String fieldName = graphQLContext.getFieldName();
        String operation = fieldName + " at " + graphQLContext.getPath();
        if (operation.length() > MAX_OPERATION_LENGTH) {
            operation = fieldName + " at #" + store.hash(graphQLContext.getPath());
        }
        Claim claim = new Claim(currentUser.subject(), key.get(), fieldName, operation,
                store.argumentsHash(graphQLContext.getArguments()));
        return store.once(claim, resultType, creation);
    }

    private Optional<String> requestKey() {
        var routing = currentRequest.getCurrent();
        if (routing == null) {
            return Optional.empty();
        }
        List<String> values = routing.request().headers().getAll(HEADER);
        if (values.isEmpty()) {
            return Optional.empty();
        }
        if (values.size() > 1 || !isWellFormed(values.get(0))) {
            throw new IdempotencyKeyInvalidException();
        }
        return Optional.of(values.get(0));
    }

    static boolean isWellFormed(String key) {
        return !key.isEmpty() && key.length() <= MAX_KEY_LENGTH && key.chars().allMatch(c -> c >= 0x21 && c <= 0x7e);
    }

    private void purgeNowAndThen() {
        long now = System.nanoTime();
        long due = nextPurge.get();
        if (now - due >= 0 && nextPurge.compareAndSet(due, now + PURGE_EVERY_NANOS)) {
            store.purgeExpired();
        }
    }
}

package org.tonghu.idempotency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.tonghu.testing.Database;
import org.tonghu.testing.LocalModeTestResource;

import io.quarkus.arc.Arc;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Two attempts with one key at the same moment: the second waits on the key's row while the first is still creating,
 * then returns the first's result without creating; if the first fails, the second creates. And the purge of
 * expired keys.
 */
@QuarkusTest
@QuarkusTestResource(LocalModeTestResource.class)
class IdempotencyStoreRaceTest {

    /** A stand-in for a mutation's result. */
    public record Created(String id, int number) {
    }

    @Inject
    IdempotencyStore store;

    @Test
    void shouldMakeASecondAttemptWaitForTheFirstAndReturnItsResult() throws Exception {
        IdempotencyKeys.Claim claim = claim();
        AtomicInteger creations = new AtomicInteger();
        CountDownLatch firstIsCreating = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Created> first = pool.submit(() -> inRequest(() -> store.once(claim, Created.class, () -> {
                creations.incrementAndGet();
                firstIsCreating.countDown();
                assertTrue(releaseFirst.await(20, TimeUnit.SECONDS));
                return new Created("first", 1);
            })));
            assertTrue(firstIsCreating.await(20, TimeUnit.SECONDS));
            Future<Created> second = pool.submit(() -> inRequest(() -> store.once(claim, Created.class, () -> {
                creations.incrementAndGet();
                return new Created("second", 2);
            })));
            assertThrows(TimeoutException.class, () -> second.get(1, TimeUnit.SECONDS),
                    "the second attempt waits while the first holds the key");
            releaseFirst.countDown();
            assertEquals(new Created("first", 1), first.get(20, TimeUnit.SECONDS));
            assertEquals(new Created("first", 1), second.get(20, TimeUnit.SECONDS));
            assertEquals(1, creations.get());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void shouldLetTheSecondAttemptCreateWhenTheFirstFails() throws Exception {
        IdempotencyKeys.Claim claim = claim();
        CountDownLatch firstIsCreating = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Created> first = pool.submit(() -> inRequest(() -> store.once(claim, Created.class, () -> {
                firstIsCreating.countDown();
                assertTrue(releaseFirst.await(20, TimeUnit.SECONDS));
                throw new IllegalStateException("the first attempt fails");
            })));
            assertTrue(firstIsCreating.await(20, TimeUnit.SECONDS));
            Future<Created> second = pool.submit(() -> inRequest(
                    () -> store.once(claim, Created.class, () -> new Created("second", 2))));
            assertFalse(second.isDone());
            releaseFirst.countDown();
            assertThrows(Exception.class, () -> first.get(20, TimeUnit.SECONDS));
            assertEquals(new Created("second", 2), second.get(20, TimeUnit.SECONDS));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void shouldPurgeKeysOlderThanTheRetentionOnly() throws Exception {
        try (Connection connection = Database.asService(); Statement statement = connection.createStatement()) {
            statement.executeUpdate(
                    "insert into idempotency_key (subject, client_key, operation, arguments_hash, result,"
                    + " created_at) values ('purge-test', 'old', 'x at /x', 'h', '{}', now() - interval '25 hours'),"
                    + " ('purge-test', 'fresh', 'x at /x', 'h', '{}', now() - interval '23 hours')");
        }
        assertTrue(store.purgeExpired() >= 1);
        assertEquals(0, Database.count("idempotency_key where subject = 'purge-test' and client_key = 'old'"));
        assertEquals(1, Database.count("idempotency_key where subject = 'purge-test' and client_key = 'fresh'"));
    }

    private IdempotencyKeys.Claim claim() {
        String key = "race-" + UUID.randomUUID();
        return new IdempotencyKeys.Claim("race-test-subject", key, "recordCare", "recordCare at /recordCare",
                store.argumentsHash(Map.of("key", key)));
    }

    /** Runs in a request context of its own, as a GraphQL request would. */
    private static <T> T inRequest(IdempotencyKeys.Creation<T> work) throws Exception {
        var context = Arc.container().requestContext();
        context.activate();
        try {
            return work.create();
        } finally {
            context.terminate();
        }
    }
}

package org.tonghu.testing;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * Counts the SQL statements Hibernate prepares (wired in by the test profile), so that tests can show that a nested
 * query costs the same number of statements whatever the page size. It can also hold one statement back
 * ({@link #holdNext(String)}), so that a test can act while a request is in the middle of its work.
 */
public class SqlStatementCounter implements StatementInspector {

    private static final AtomicInteger COUNT = new AtomicInteger();
    private static volatile Hold hold;

    @Override
    public String inspect(String sql) {
        COUNT.incrementAndGet();
        Hold armed = hold;
        if (armed != null && sql.contains(armed.fragment) && armed.taken.compareAndSet(false, true)) {
            hold = null;
            armed.reached.countDown();
            try {
                armed.released.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return sql;
    }

    public static void reset() {
        COUNT.set(0);
    }

    public static int count() {
        return COUNT.get();
    }

    /** Holds the next statement containing {@code fragment} until {@link Hold#release()} (30 s at most). */
    public static Hold holdNext(String fragment) {
        Hold armed = new Hold(fragment);
        hold = armed;
        return armed;
    }

    /** One statement held back: the test waits until it is reached, acts, then releases it. */
    public static final class Hold {
        private final String fragment;
        private final AtomicBoolean taken = new AtomicBoolean();
        private final CountDownLatch reached = new CountDownLatch(1);
        private final CountDownLatch released = new CountDownLatch(1);

        private Hold(String fragment) {
            this.fragment = fragment;
        }

        /** Whether the statement was reached within the time given. */
        public boolean awaitReached(long seconds) throws InterruptedException {
            return reached.await(seconds, TimeUnit.SECONDS);
        }

        public void release() {
            hold = null;
            released.countDown();
        }
    }
}

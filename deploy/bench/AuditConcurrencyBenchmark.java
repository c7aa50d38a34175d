import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Audited transactions per second at several numbers of concurrent connections, on two databases of one PostgreSQL
 * server: "before" with the audit trail's schema and functions of the base commit (every event numbered and chained
 * under one advisory lock held until commit) and "after" with this branch's (no lock; a sealer links committed events
 * every second, run here by a thread of its own as the service would). Each transaction is what the service does for
 * an audited access: the event's insert (the statement Hibernate sends), then optionally some more work, then commit.
 * Reports transactions a second, latency, the server's CPU per transaction (all PostgreSQL processes, from /proc, the
 * sealer's included), the insert's mean time from pg_stat_statements and the sealer's cost. Prints Markdown.
 *
 * <p>Usage (the PostgreSQL driver on the class path):
 * {@code java -cp postgresql.jar AuditConcurrencyBenchmark.java JDBC_BASE POSTMASTER_PID SECONDS CONNECTIONS WORK_MS}
 * where JDBC_BASE is like {@code jdbc:postgresql://127.0.0.1:5432/} and CONNECTIONS like {@code 1,4,16}.
 */
public class AuditConcurrencyBenchmark {

    /** The insert Hibernate sends for an AuditEvent (identity id returned). */
    static final String INSERT = """
            insert into audit_event (actor_subject, actor_username, client_id, fields_revealed, occurred_at, operation,
                                     organization_id, reason, record_ids, record_type, result, roles, source_address)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id
            """;
    static final long TICKS_PER_SECOND = 100;
    static final int WARM_UP_SECONDS = 2;

    record Run(String database, int connections, int workMillis, long transactions, double seconds, double p50,
            double p99, double serverCpuMillis, double insertMeanMillis, long insertCalls, double sealMillis,
            long sealed, String load) {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        long postmaster = Long.parseLong(args[1]);
        int seconds = Integer.parseInt(args[2]);
        int[] connections = Arrays.stream(args[3].split(",")).mapToInt(Integer::parseInt).toArray();
        int[] works = Arrays.stream(args[4].split(",")).mapToInt(Integer::parseInt).toArray();
        System.out.println("## Does a second audited transaction wait for an open one?");
        System.out.println();
        System.out.println("Transaction A inserts an event and stays open; transaction B, with `lock_timeout = 1s`, "
                + "inserts an event and commits.");
        System.out.println();
        for (String database : List.of("before", "after")) {
            System.out.println("- " + database + ": " + secondWaits(base + database));
        }
        System.out.println();
        List<Run> runs = new ArrayList<>();
        for (int work : works) {
            for (int n : connections) {
                for (String database : List.of("before", "after")) {
                    Run run = run(base, database, postmaster, n, work, seconds);
                    runs.add(run);
                    System.err.printf(Locale.ROOT, "%s c=%d work=%d: %.0f tx/s%n", database, n, work,
                            run.transactions() / run.seconds());
                }
            }
        }
        System.out.println("## Audited transactions a second");
        System.out.println();
        System.out.println("| work after the insert | connections | schema | tx/s | p50 ms | p99 ms "
                + "| server CPU ms/tx | insert mean ms (calls) | sealer ms/event (events sealed) | load 1/5/15 |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|");
        for (Run run : runs) {
            System.out.printf(Locale.ROOT, "| %d ms | %d | %s | %.0f | %.2f | %.2f | %.3f | %.3f (%d) | %s | %s |%n",
                    run.workMillis(), run.connections(), run.database(), run.transactions() / run.seconds(), run.p50(),
                    run.p99(), run.serverCpuMillis() / run.transactions(), run.insertMeanMillis(), run.insertCalls(),
                    run.sealed() == 0 ? "-" : String.format(Locale.ROOT, "%.4f (%d)", run.sealMillis() / run.sealed(),
                            run.sealed()),
                    run.load());
        }
        System.out.println();
        System.out.println("## The chain after the runs");
        System.out.println();
        for (String database : List.of("before", "after")) {
            System.out.println("- " + database + ": " + checkChain(base + database));
        }
    }

    static String secondWaits(String url) throws SQLException {
        try (Connection a = DriverManager.getConnection(url, "tonghu", "");
                Connection b = DriverManager.getConnection(url, "tonghu", "")) {
            a.setAutoCommit(false);
            insert(a, "open");
            b.setAutoCommit(false);
            execute(b, "set local lock_timeout = '1s'");
            long started = System.nanoTime();
            try {
                insert(b, "second");
                b.commit();
                return String.format(Locale.ROOT, "B committed in %.1f ms while A was open", ms(started));
            } catch (SQLException e) {
                b.rollback();
                return String.format(Locale.ROOT, "B failed after %.0f ms: %s (SQLSTATE %s)", ms(started),
                        e.getMessage().lines().findFirst().orElse(""), e.getSQLState());
            } finally {
                a.rollback();
            }
        }
    }

    static Run run(String base, String database, long postmaster, int n, int workMillis, int seconds)
            throws Exception {
        String url = base + database;
        List<Connection> connections = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Connection connection = DriverManager.getConnection(url, "tonghu", "");
            connection.setAutoCommit(false);
            connections.add(connection);
        }
        boolean sealing = database.equals("after");
        Connection sealerConnection = sealing ? DriverManager.getConnection(url, "tonghu", "") : null;
        AtomicBoolean measuring = new AtomicBoolean(false);
        AtomicBoolean stop = new AtomicBoolean(false);
        AtomicLong sealed = new AtomicLong();
        List<List<Long>> latencies = new ArrayList<>();
        long[] counts = new long[n];
        CountDownLatch done = new CountDownLatch(n + (sealing ? 1 : 0));
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int index = i;
            List<Long> mine = new ArrayList<>();
            latencies.add(mine);
            threads.add(started(() -> {
                Connection connection = connections.get(index);
                try (PreparedStatement insert = connection.prepareStatement(INSERT);
                        PreparedStatement work = connection.prepareStatement("select pg_sleep(?)")) {
                    while (!stop.get()) {
                        long started = System.nanoTime();
                        bind(insert, "bench-" + index);
                        try (ResultSet rows = insert.executeQuery()) {
                            rows.next();
                        }
                        if (workMillis > 0) {
                            work.setDouble(1, workMillis / 1000.0);
                            work.execute();
                        }
                        connection.commit();
                        if (measuring.get()) {
                            counts[index]++;
                            mine.add(System.nanoTime() - started);
                        }
                    }
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                } finally {
                    done.countDown();
                }
            }));
        }
        if (sealing) {
            threads.add(started(() -> {
                try (PreparedStatement seal = sealerConnection.prepareStatement("select audit_event_seal(5000, false)")) {
                    while (!stop.get()) {
                        int count;
                        do {
                            try (ResultSet rows = seal.executeQuery()) {
                                rows.next();
                                count = rows.getInt(1);
                            }
                            if (measuring.get() && count > 0) {
                                sealed.addAndGet(count);
                            }
                        } while (count == 5000);
                        Thread.sleep(1000);
                    }
                } catch (SQLException | InterruptedException e) {
                    throw new IllegalStateException(e);
                } finally {
                    done.countDown();
                }
            }));
        }
        Thread.sleep(WARM_UP_SECONDS * 1000L);
        resetStatements(url);
        String loadBefore = load();
        long cpuBefore = serverCpuTicks(postmaster);
        long started = System.nanoTime();
        measuring.set(true);
        Thread.sleep(seconds * 1000L);
        measuring.set(false);
        double elapsed = (System.nanoTime() - started) / 1e9;
        long cpuAfter = serverCpuTicks(postmaster);
        String loadAfter = load();
        double[] insert = statementMean(url, "insert into audit_event");
        double[] seal = statementMean(url, "select audit_event_seal");
        stop.set(true);
        done.await();
        for (Connection connection : connections) {
            connection.close();
        }
        if (sealerConnection != null) {
            sealerConnection.close();
        }
        long transactions = Arrays.stream(counts).sum();
        long[] all = latencies.stream().flatMap(List::stream).mapToLong(Long::longValue).sorted().toArray();
        return new Run(database, n, workMillis, transactions, elapsed, percentile(all, 0.5), percentile(all, 0.99),
                (cpuAfter - cpuBefore) * 1000.0 / TICKS_PER_SECOND, insert[0], (long) insert[1],
                seal[0] * seal[1], sealed.get(), loadBefore + " → " + loadAfter);
    }

    static Thread started(Runnable task) {
        Thread thread = new Thread(task);
        thread.start();
        return thread;
    }

    static void bind(PreparedStatement insert, String actor) throws SQLException {
        insert.setString(1, "00000000-0000-4000-8000-" + String.format("%012d", Math.abs(actor.hashCode()) % 1000));
        insert.setString(2, actor);
        insert.setString(3, null);
        insert.setString(4, "name,birthDate,residenceVillageCode");
        insert.setObject(5, java.time.OffsetDateTime.now());
        insert.setString(6, "CHILD_LIST");
        insert.setObject(7, null, java.sql.Types.OTHER);
        insert.setString(8, null);
        insert.setString(9, "00000000-0000-4000-8000-000000001001,00000000-0000-4000-8000-000000001002");
        insert.setString(10, "CHILD");
        insert.setString(11, "SUCCESS");
        insert.setString(12, "county-officer");
        insert.setString(13, "127.0.0.1");
    }

    static void insert(Connection connection, String actor) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            bind(insert, actor);
            insert.executeQuery().close();
        }
    }

    static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    static void resetStatements(String url) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, "postgres", "")) {
            execute(connection, "select pg_stat_statements_reset()");
        }
    }

    /** The mean execution time (ms) and calls of the statements of this database starting with a prefix. */
    static double[] statementMean(String url, String prefix) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, "postgres", "");
                PreparedStatement query = connection.prepareStatement("""
                        select coalesce(sum(s.total_exec_time) / nullif(sum(s.calls), 0), 0), coalesce(sum(s.calls), 0)
                        from pg_stat_statements s join pg_database d on d.oid = s.dbid
                        where d.datname = current_database() and s.query like ? || '%'
                        """)) {
            query.setString(1, prefix);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return new double[] { rows.getDouble(1), rows.getDouble(2) };
            }
        }
    }

    static String checkChain(String url) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, "tonghu", "")) {
            boolean sealing = hasSealer(connection);
            if (sealing) {
                try (Statement statement = connection.createStatement()) {
                    while (true) {
                        try (ResultSet rows = statement.executeQuery("select audit_event_seal(5000, true)")) {
                            rows.next();
                            if (rows.getInt(1) < 5000) {
                                break;
                            }
                        }
                    }
                }
            }
            String recomputed = sealing
                    ? "case when e.content_hash = encode(sha256(convert_to(audit_event_content(e), 'UTF8')), 'hex')"
                            + " then audit_event_link_hash(e.sequence_number, e.content_hash, e.previous_hash) end"
                    : "encode(sha256(convert_to(audit_event_canonical(e), 'UTF8')), 'hex')";
            try (Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("""
                            select count(*), count(*) filter (where sequence_number is null),
                                   count(*) filter (where sequence_number is not null and (hash <> recomputed
                                       or previous_hash <> expected_previous or sequence_number <> position))
                            from (select e.sequence_number, e.hash, e.previous_hash, %s as recomputed,
                                         coalesce(lag(e.hash) over w, repeat('0', 64)) as expected_previous,
                                         row_number() over w as position
                                  from audit_event e
                                  window w as (order by e.sequence_number)) c
                            """.formatted(recomputed))) {
                rows.next();
                return String.format(Locale.ROOT, "%,d events, %d not sealed, %d that do not verify (hash, link or"
                        + " position)", rows.getLong(1), rows.getLong(2), rows.getLong(3));
            }
        }
    }

    static boolean hasSealer(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select to_regclass('audit_seal_state') is not null")) {
            rows.next();
            return rows.getBoolean(1);
        }
    }

    /** utime + stime of the postmaster and all its children, in clock ticks. */
    static long serverCpuTicks(long postmaster) throws IOException {
        long total = 0;
        try (var processes = Files.list(Path.of("/proc"))) {
            for (Path process : processes.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                try {
                    String stat = Files.readString(process.resolve("stat"));
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    long pid = Long.parseLong(process.getFileName().toString());
                    if (pid == postmaster || Long.parseLong(fields[1]) == postmaster) {
                        total += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                    }
                } catch (IOException | RuntimeException gone) {
                    // the process ended meanwhile
                }
            }
        }
        return total;
    }

    static String load() throws IOException {
        String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
        return parts[0] + " " + parts[1] + " " + parts[2];
    }

    static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.floor(p * sorted.length))] / 1e6;
    }

    static double ms(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e6;
    }
}

package org.tonghu.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The embedded PostgreSQL acknowledges a commit only once it is durable: fsync, synchronous commit and full-page
 * writes are on for a new and for an existing data directory, and a PostgreSQL killed while it takes commits loses
 * none that it acknowledged. Both ways of running it are checked where the machine allows.
 */
class EmbeddedPostgresDurabilityTest {

    private static final int ACKNOWLEDGED_BEFORE_KILL = 300;

    @TempDir
    Path folder;

    @BeforeEach
    void letTheUnprivilegedUserReachTheFolder() {
        // PostgreSQL may run as nobody, who must be able to traverse the folder
        folder.toFile().setExecutable(true, false);
    }

    static List<EmbeddedPostgresServer.RunAs> runAsPaths() {
        List<EmbeddedPostgresServer.RunAs> paths = new ArrayList<>(List.of(EmbeddedPostgresServer.RunAs.AUTO));
        if (Processes.isRoot()) {
            paths.add(EmbeddedPostgresServer.RunAs.UNPRIVILEGED_USER);
        }
        return paths;
    }

    @ParameterizedTest
    @MethodSource("runAsPaths")
    void shouldRunDurablyOnANewAndAnExistingDataDirectory(EmbeddedPostgresServer.RunAs runAs) throws Exception {
        Path data = folder.resolve("postgres");
        for (String start : List.of("new data directory", "existing data directory")) {
            try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(data, runAs);
                    Connection connection = DriverManager.getConnection(server.jdbcUrl(), server.username(), "")) {
                for (String setting : List.of("fsync", "synchronous_commit", "full_page_writes")) {
                    assertEquals("on", show(connection, setting), setting + " on a " + start);
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("runAsPaths")
    void shouldLoseNoAcknowledgedCommitWhenPostgresIsKilled(EmbeddedPostgresServer.RunAs runAs) throws Exception {
        Path data = folder.resolve("postgres");
        EmbeddedPostgresServer server = EmbeddedPostgresServer.start(data, runAs);
        try (Connection connection = DriverManager.getConnection(server.jdbcUrl(), server.username(), "");
                Statement statement = connection.createStatement()) {
            statement.execute("create table written (id integer primary key)");
        }
        // One writer, one small transaction per row, ids in order: the acknowledged rows are exactly 1..acknowledged.
        AtomicInteger acknowledged = new AtomicInteger();
        CompletableFuture<Throwable> writer = CompletableFuture.supplyAsync(() -> {
            try (Connection connection = DriverManager.getConnection(server.jdbcUrl(), server.username(), "");
                    PreparedStatement insert = connection.prepareStatement("insert into written (id) values (?)")) {
                connection.setAutoCommit(true);
                for (int id = 1; id < 1_000_000; id++) {
                    insert.setInt(1, id);
                    insert.executeUpdate();
                    acknowledged.set(id);
                }
                return null;
            } catch (SQLException e) {
                return e;
            }
        });
        try {
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> acknowledged.get() >= ACKNOWLEDGED_BEFORE_KILL
                    || writer.isDone());
            PostgresProcesses.killAll(data);
            assertInstanceOf(SQLException.class, writer.get(10, TimeUnit.SECONDS),
                    "the writer was still committing when PostgreSQL was killed");
        } finally {
            PostgresProcesses.closeAfterCrash(server);
        }
        int lastAcknowledged = acknowledged.get();

        try (EmbeddedPostgresServer restarted = EmbeddedPostgresServer.start(data, runAs);
                Connection connection = DriverManager.getConnection(restarted.jdbcUrl(), restarted.username(), "");
                PreparedStatement count = connection.prepareStatement("select count(*) from written where id <= ?")) {
            count.setInt(1, lastAcknowledged);
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                int kept = rows.getInt(1);
                System.out.printf(
                        "EmbeddedPostgresDurabilityTest (%s): %d commits acknowledged before the kill, %d kept%n",
                        runAs, lastAcknowledged, kept);
                assertTrue(lastAcknowledged >= ACKNOWLEDGED_BEFORE_KILL);
                assertEquals(lastAcknowledged, kept, "acknowledged commits lost: " + (lastAcknowledged - kept));
            }
        }
    }

    private static String show(Connection connection, String setting) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("show " + setting)) {
            rows.next();
            return rows.getString(1);
        }
    }
}

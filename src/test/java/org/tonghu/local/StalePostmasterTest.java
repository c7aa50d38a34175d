package org.tonghu.local;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A start finds what an earlier run left on the data directory and starts anyway, quickly and with the data intact:
 * a PostgreSQL still running after its service was killed (stopped first), a postmaster.pid whose process is gone,
 * and one whose process number went to another program (as after a reboot). A data directory in use by a live
 * service is never taken over.
 */
class StalePostmasterTest {

    /** zonky waits this long for a server that cannot start; a recovered start must take far less. */
    private static final Duration QUICK = Duration.ofSeconds(15);

    @TempDir
    Path folder;

    @BeforeEach
    void letTheUnprivilegedUserReachTheFolder() {
        // PostgreSQL may run as nobody, who must be able to traverse the folder
        folder.toFile().setExecutable(true, false);
    }

    static List<EmbeddedPostgresServer.RunAs> runAsPaths() {
        return EmbeddedPostgresDurabilityTest.runAsPaths();
    }

    @ParameterizedTest
    @MethodSource("runAsPaths")
    void shouldStopAPostgresLeftRunningByAKilledOwnerAndStart(EmbeddedPostgresServer.RunAs runAs) throws Exception {
        Path data = folder.resolve("postgres");
        Process owner = startOwner(data, runAs);
        ProcessHandle leftOver;
        try {
            String jdbcUrl = awaitReady(owner);
            try (Connection connection = DriverManager.getConnection(jdbcUrl, "tonghu", "");
                    Statement statement = connection.createStatement()) {
                statement.execute("create table kept (note text)");
                statement.execute("insert into kept values ('written before the owner was killed')");
            }
            leftOver = PostgresProcesses.postmaster(data);
        } finally {
            owner.destroyForcibly();
            owner.waitFor(10, TimeUnit.SECONDS);
        }
        assertTrue(leftOver.isAlive(), "the owner's PostgreSQL outlives it, as after kill -9 of the service");

        long started = System.nanoTime();
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(data, runAs)) {
            Duration startup = Duration.ofNanos(System.nanoTime() - started);
            System.out.printf("StalePostmasterTest (%s): started over a left-over PostgreSQL in %d ms%n", runAs,
                    startup.toMillis());
            assertThat(startup, lessThan(QUICK));
            assertFalse(leftOver.isAlive(), "the left-over PostgreSQL was stopped");
            assertNotEquals(leftOver.pid(), PostgresProcesses.postmaster(data).pid());
            assertEquals("written before the owner was killed", note(server));
        }
        assertFalse(Files.exists(data.resolve(StalePostmaster.PID_FILE)), "the new PostgreSQL stops with its server");
    }

    @ParameterizedTest
    @MethodSource("runAsPaths")
    void shouldStartOverAPostmasterPidWhoseProcessIsGone(EmbeddedPostgresServer.RunAs runAs) throws Exception {
        Path data = folder.resolve("postgres");
        crashWithANote(data, runAs);

        assertStartsQuicklyWithTheNote(data, runAs);
    }

    @ParameterizedTest
    @MethodSource("runAsPaths")
    void shouldStartOverAPostmasterPidWhoseNumberWentToAnotherProcess(EmbeddedPostgresServer.RunAs runAs)
            throws Exception {
        Path data = folder.resolve("postgres");
        crashWithANote(data, runAs);
        // After a reboot the recorded number may belong to any program, one PostgreSQL could signal included.
        Process other = new ProcessBuilder("sleep", "60").start();
        try {
            Path pidFile = data.resolve(StalePostmaster.PID_FILE);
            List<String> lines = new ArrayList<>(Files.readAllLines(pidFile, StandardCharsets.UTF_8));
            lines.set(0, String.valueOf(other.pid()));
            Files.write(pidFile, lines, StandardCharsets.UTF_8);

            assertStartsQuicklyWithTheNote(data, runAs);
            assertTrue(other.isAlive(), "the other program is left alone");
        } finally {
            other.destroyForcibly();
        }
    }

    @Test
    void shouldRefuseADataDirectoryInUseByALiveService() throws Exception {
        Path data = folder.resolve("postgres");
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(data, EmbeddedPostgresServer.RunAs.AUTO)) {
            long postmaster = PostgresProcesses.postmaster(data).pid();
            IOException refused = assertThrows(IOException.class,
                    () -> EmbeddedPostgresServer.start(data, EmbeddedPostgresServer.RunAs.AUTO).close());
            assertThat(refused.getMessage(), startsWith("The data directory"));
            assertEquals(postmaster, PostgresProcesses.postmaster(data).pid(), "the live service's PostgreSQL runs on");
            assertEquals(1, count(server, "select 1"));
        }
    }

    /** Starts a server, writes a note, and kills its PostgreSQL: the data directory keeps a stale postmaster.pid. */
    private static void crashWithANote(Path data, EmbeddedPostgresServer.RunAs runAs) throws Exception {
        EmbeddedPostgresServer server = EmbeddedPostgresServer.start(data, runAs);
        try (Connection connection = DriverManager.getConnection(server.jdbcUrl(), server.username(), "");
                Statement statement = connection.createStatement()) {
            statement.execute("create table kept (note text)");
            statement.execute("insert into kept values ('written before the crash')");
        } finally {
            PostgresProcesses.killAll(data);
            PostgresProcesses.closeAfterCrash(server);
        }
        assertTrue(Files.exists(data.resolve(StalePostmaster.PID_FILE)));
    }

    private static void assertStartsQuicklyWithTheNote(Path data, EmbeddedPostgresServer.RunAs runAs) throws Exception {
        long started = System.nanoTime();
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(data, runAs)) {
            assertThat(Duration.ofNanos(System.nanoTime() - started), lessThan(QUICK));
            assertThat(note(server), startsWith("written before"));
        }
    }

    private Process startOwner(Path data, EmbeddedPostgresServer.RunAs runAs) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), PostgresOwner.class.getName(),
                data.toString(), runAs.name())
                .redirectErrorStream(true)
                .redirectOutput(folder.resolve("owner.log").toFile())
                .start();
    }

    /** The owner's JDBC URL once its PostgreSQL is ready. */
    private String awaitReady(Process owner) {
        Path log = folder.resolve("owner.log");
        return Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> {
            if (!owner.isAlive()) {
                throw new AssertionError("The owner exited before its PostgreSQL was ready:\n" + Files.readString(log));
            }
            return Files.readAllLines(log, StandardCharsets.UTF_8).stream().filter(line -> line.startsWith("ready "))
                    .map(line -> line.substring("ready ".length())).findFirst().orElse(null);
        }, Objects::nonNull);
    }

    private static String note(EmbeddedPostgresServer server) throws Exception {
        try (Connection connection = DriverManager.getConnection(server.jdbcUrl(), server.username(), "");
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select note from kept")) {
            assertTrue(rows.next());
            return rows.getString(1);
        }
    }

    private static int count(EmbeddedPostgresServer server, String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection(server.jdbcUrl(), server.username(), "");
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getInt(1);
        }
    }
}

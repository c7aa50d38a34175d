package org.tonghu.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;

/**
 * Both ways of running the bundled PostgreSQL: as the current user (in a user namespace when root), and as the
 * unprivileged user through setpriv, the fallback for root where user namespaces are blocked. Each keeps its data
 * across a restart and stops completely.
 */
class EmbeddedPostgresServerTest {

    @TempDir
    Path folder;

    @BeforeEach
    void letTheUnprivilegedUserReachTheFolder() {
        // PostgreSQL may run as nobody, who must be able to traverse the folder
        folder.toFile().setExecutable(true, false);
    }

    @Test
    void shouldKeepDataAcrossRestartsAsTheCurrentUser() throws Exception {
        Path data = folder.resolve("postgres");
        long serverPid = assertDataSurvivesRestart(data, EmbeddedPostgresServer.RunAs.CURRENT_USER);
        if (Processes.isRoot()) {
            // zonky runs the server in its own user namespace: root on the machine, never root in PostgreSQL's eyes
            assertTrue(Processes.userNamespacesWork(), "user namespaces should work where this path is taken");
        }
        assertTrue(serverPid > 0);
    }

    @Test
    @EnabledIf("runningAsRoot")
    void shouldRunAsTheUnprivilegedUserWhenAskedAsRoot() throws Exception {
        Path data = folder.resolve("postgres");
        assertDataSurvivesRestart(data, EmbeddedPostgresServer.RunAs.UNPRIVILEGED_USER);
        String owner = Processes.runChecked(java.util.List.of("stat", "-c", "%U", data.toString()), null).strip();
        assertEquals("nobody", owner);
    }

    @Test
    @EnabledIf("runningAsRoot")
    void shouldRunTheServerProcessAsNobody() throws Exception {
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(folder.resolve("postgres"),
                EmbeddedPostgresServer.RunAs.UNPRIVILEGED_USER)) {
            // the postmaster, which lives as long as the server (a backend's process ends with its connection)
            Path pidFile = folder.resolve("postgres").resolve("postmaster.pid");
            long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).strip());
            String status = Files.readString(Path.of("/proc", String.valueOf(pid), "status"));
            String uidLine = status.lines().filter(line -> line.startsWith("Uid:")).findFirst().orElseThrow();
            String nobody = Processes.runChecked(java.util.List.of("id", "-u", "nobody"), null).strip();
            assertEquals(nobody, uidLine.split("\\s+")[1]);
        }
    }

    @Test
    void shouldPickTheUnprivilegedUserOnlyForRootWithoutUserNamespaces() {
        EmbeddedPostgresServer.RunAs resolved = EmbeddedPostgresServer.resolve(EmbeddedPostgresServer.RunAs.AUTO);
        boolean fallback = Processes.isRoot() && !Processes.userNamespacesWork();
        assertEquals(fallback ? EmbeddedPostgresServer.RunAs.UNPRIVILEGED_USER
                : EmbeddedPostgresServer.RunAs.CURRENT_USER,
                resolved);
        if (!Processes.isRoot()) {
            assertThrows(IllegalArgumentException.class,
                    () -> EmbeddedPostgresServer.resolve(EmbeddedPostgresServer.RunAs.UNPRIVILEGED_USER));
        }
    }

    static boolean runningAsRoot() {
        return Processes.isRoot();
    }

    private static long assertDataSurvivesRestart(Path data, EmbeddedPostgresServer.RunAs runAs) throws Exception {
        long pid;
        String jdbcUrl;
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(data, runAs)) {
            assertEquals(runAs, server.runAs());
            jdbcUrl = server.jdbcUrl();
            try (Connection connection = DriverManager.getConnection(jdbcUrl, server.username(), "");
                    Statement statement = connection.createStatement()) {
                statement.execute("create table kept (note text)");
                statement.execute("insert into kept values ('still here')");
                try (ResultSet rows = statement.executeQuery("select version()")) {
                    rows.next();
                    assertTrue(rows.getString(1).startsWith("PostgreSQL 17"), rows.getString(1));
                }
            }
            pid = backendPid(server);
        }
        String stoppedUrl = jdbcUrl;
        assertThrows(SQLException.class, () -> DriverManager.getConnection(stoppedUrl, "tonghu", "").close(),
                "the server should be stopped");
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(data, runAs);
                Connection connection = DriverManager.getConnection(server.jdbcUrl(), server.username(), "");
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select note from kept")) {
            assertTrue(rows.next());
            assertEquals("still here", rows.getString(1));
            assertNotEquals(0, server.port());
        }
        return pid;
    }

    private static long backendPid(EmbeddedPostgresServer server) throws SQLException {
        try (Connection connection = DriverManager.getConnection(server.jdbcUrl(), server.username(), "");
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select pg_backend_pid()")) {
            rows.next();
            return rows.getLong(1);
        }
    }
}

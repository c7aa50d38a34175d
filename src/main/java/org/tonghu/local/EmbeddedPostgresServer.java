package org.tonghu.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL started from the binaries bundled in the jar, for local runs and tests.
 *
 * <p>PostgreSQL refuses to run as root. As a normal user the binaries run directly; as root zonky runs them
 * inside a user namespace ({@code unshare -U}) when the kernel allows it, and where it does not, the
 * binaries run as the unprivileged {@code nobody} user instead (see {@link UnprivilegedPostgres}).
 *
 * <p>Either way it runs durably ({@link #DURABILITY}), and a PostgreSQL left running on the data directory by a
 * service that was killed is stopped before the new start ({@link StalePostmaster}).
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    /** Who runs the PostgreSQL processes. */
    public enum RunAs {
        /** The current user, or a user namespace for root; the unprivileged user when neither works. */
        AUTO,
        /** Whatever zonky does: the current user, or a user namespace when root. */
        CURRENT_USER,
        /** The unprivileged {@code nobody} user, through {@code setpriv}; only for root. */
        UNPRIVILEGED_USER
    }

    static final String SUPERUSER = "postgres";
    static final String APPLICATION_ROLE = "tonghu";
    static final String APPLICATION_DATABASE = "tonghu";
    static final Duration STARTUP_WAIT = Duration.ofSeconds(30);

    /**
     * A commit is acknowledged only once its WAL is on disk, and torn pages are repaired after a crash. zonky starts
     * PostgreSQL with fsync and synchronous_commit off (a killed server lost acknowledged commits); these settings go
     * on the command line of every start, where they outrank postgresql.conf and postgresql.auto.conf, so they hold
     * for a new data directory and for one made by an earlier version alike.
     */
    static final Map<String, String> DURABILITY = Map.of(
            "fsync", "on",
            "synchronous_commit", "on",
            "full_page_writes", "on");

    private final RunningPostgres postgres;
    private final RunAs runAs;
    private final DataDirectoryLock lock;

    private EmbeddedPostgresServer(RunningPostgres postgres, RunAs runAs, DataDirectoryLock lock) {
        this.postgres = postgres;
        this.runAs = runAs;
        this.lock = lock;
    }

    /**
     * Starts PostgreSQL on a free loopback port over the given data directory, creating it on first use, and
     * makes sure the application role and database exist. The data survive a restart.
     */
    public static EmbeddedPostgresServer start(Path dataDirectory, RunAs requested) throws IOException {
        RunAs runAs = resolve(requested);
        Files.createDirectories(dataDirectory.getParent());
        DataDirectoryLock lock = DataDirectoryLock.acquire(dataDirectory);
        RunningPostgres postgres;
        try {
            if (Files.isDirectory(dataDirectory)) {
                StalePostmaster.clear(dataDirectory);
            }
            postgres = runAs == RunAs.UNPRIVILEGED_USER
                    ? UnprivilegedPostgres.start(dataDirectory)
                    : startWithZonky(dataDirectory);
        } catch (IOException | RuntimeException e) {
            lock.close();
            throw e;
        }
        EmbeddedPostgresServer server = new EmbeddedPostgresServer(postgres, runAs, lock);
        try {
            server.createApplicationDatabase();
        } catch (SQLException | RuntimeException e) {
            server.close();
            throw new IOException("Could not prepare the application database in the embedded PostgreSQL", e);
        }
        return server;
    }

    static RunAs resolve(RunAs requested) {
        if (requested != RunAs.AUTO) {
            if (requested == RunAs.UNPRIVILEGED_USER && !Processes.isRoot()) {
                throw new IllegalArgumentException("Running PostgreSQL as an unprivileged user needs root");
            }
            return requested;
        }
        if (Processes.isRoot() && !Processes.userNamespacesWork()) {
            return RunAs.UNPRIVILEGED_USER;
        }
        return RunAs.CURRENT_USER;
    }

    private static RunningPostgres startWithZonky(Path dataDirectory) throws IOException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setRegisterShutdownHook(false)
                .setPGStartupWait(STARTUP_WAIT)
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setLocaleConfig("locale", "C");
        // zonky passes -F (fsync off) before these -c options; the later option wins
        DURABILITY.forEach(builder::setServerConfig);
        EmbeddedPostgres zonky = builder.start();
        return new RunningPostgres() {
            @Override
            public int port() {
                return zonky.getPort();
            }

            @Override
            public void stop() throws IOException {
                zonky.close();
            }
        };
    }

    private void createApplicationDatabase() throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), SUPERUSER, "")) {
            if (!exists(connection, "select 1 from pg_roles where rolname = ?", APPLICATION_ROLE)) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("create role " + APPLICATION_ROLE + " login");
                }
            }
            if (!exists(connection, "select 1 from pg_database where datname = ?", APPLICATION_DATABASE)) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("create database " + APPLICATION_DATABASE + " owner " + APPLICATION_ROLE
                            + " encoding 'UTF8' template template0");
                }
            }
        }
    }

    private static boolean exists(Connection connection, String sql, String name) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, name);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next();
            }
        }
    }

    private String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + postgres.port() + "/" + database;
    }

    /** The JDBC URL of the application database. */
    public String jdbcUrl() {
        return jdbcUrl(APPLICATION_DATABASE);
    }

    /** The role the application connects as: the owner of its database, not a superuser. */
    public String username() {
        return APPLICATION_ROLE;
    }

    /** Who runs the PostgreSQL processes, as resolved at start. */
    public RunAs runAs() {
        return runAs;
    }

    public int port() {
        return postgres.port();
    }

    /** Stops PostgreSQL; the data directory stays. */
    @Override
    public void close() throws IOException {
        try {
            postgres.stop();
        } finally {
            lock.close();
        }
    }

    /** A started PostgreSQL, however it was started. */
    interface RunningPostgres {
        int port();

        void stop() throws IOException;
    }
}

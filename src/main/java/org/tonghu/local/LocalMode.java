package org.tonghu.local;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import org.jboss.logging.Logger;

/**
 * Local mode: when no external database is configured, Tonghu runs on an embedded PostgreSQL in a data directory
 * and, unless an OIDC issuer is configured, signs people in through the {@link DemoIssuer}. Both are started before
 * Quarkus, which then finds their addresses in the configuration this class returns.
 *
 * <p>Options (system property, or environment variable):
 * <ul>
 * <li>{@code tonghu.data-dir} / {@code TONGHU_DATA_DIR}: where the database and the demo keys live; default
 * {@value #DEFAULT_DATA_DIR} in the working directory.</li>
 * <li>{@code tonghu.demo-issuer.port} / {@code TONGHU_DEMO_ISSUER_PORT}: the demo issuer's loopback port; default
 * {@value #DEFAULT_ISSUER_PORT}.</li>
 * <li>{@code tonghu.embedded-postgres.run-as} / {@code TONGHU_EMBEDDED_POSTGRES_RUN_AS}: {@code auto} (default),
 * {@code current-user} or {@code unprivileged-user}; see {@link EmbeddedPostgresServer.RunAs}.</li>
 * </ul>
 */
public final class LocalMode implements AutoCloseable {

    static final String DEFAULT_DATA_DIR = ".tonghu";
    static final int DEFAULT_ISSUER_PORT = 8081;

    private static final Logger LOG = Logger.getLogger(LocalMode.class);

    private final EmbeddedPostgresServer database;
    private final DemoIssuer issuer;
    private final Map<String, String> configuration;
    private final AtomicBoolean closed = new AtomicBoolean();

    private LocalMode(EmbeddedPostgresServer database, DemoIssuer issuer, Map<String, String> configuration) {
        this.database = database;
        this.issuer = issuer;
        this.configuration = configuration;
    }

    /** Whether the environment or system properties name an external database. */
    public static boolean externalDatabaseConfigured() {
        return setting("quarkus.datasource.jdbc.url", "QUARKUS_DATASOURCE_JDBC_URL").isPresent();
    }

    /** Whether the environment or system properties name an OIDC issuer. */
    public static boolean issuerConfigured() {
        return setting("quarkus.oidc.auth-server-url", "QUARKUS_OIDC_AUTH_SERVER_URL").isPresent()
                || setting("tonghu.oidc.issuer", "TONGHU_OIDC_ISSUER").isPresent();
    }

    /** Starts local mode with the options read from system properties and the environment. */
    public static LocalMode startFromEnvironment() throws IOException {
        Path dataDirectory = Path.of(setting("tonghu.data-dir", "TONGHU_DATA_DIR").orElse(DEFAULT_DATA_DIR));
        int issuerPort = Integer.parseInt(setting("tonghu.demo-issuer.port", "TONGHU_DEMO_ISSUER_PORT")
                .orElse(String.valueOf(DEFAULT_ISSUER_PORT)));
        EmbeddedPostgresServer.RunAs runAs = EmbeddedPostgresServer.RunAs.valueOf(
                setting("tonghu.embedded-postgres.run-as", "TONGHU_EMBEDDED_POSTGRES_RUN_AS").orElse("auto")
                        .toUpperCase(Locale.ROOT).replace('-', '_'));
        return start(dataDirectory, issuerPort, runAs, !issuerConfigured());
    }

    /**
     * Starts the embedded database in {@code dataDirectory} and, if asked, the demo issuer on {@code issuerPort}
     * (0 for any free port).
     */
    public static LocalMode start(Path dataDirectory, int issuerPort, EmbeddedPostgresServer.RunAs runAs,
            boolean withDemoIssuer) throws IOException {
        Path absolute = dataDirectory.toAbsolutePath().normalize();
        Files.createDirectories(absolute);
        long started = System.nanoTime();
        EmbeddedPostgresServer database = EmbeddedPostgresServer.start(absolute.resolve("postgres"), runAs);
        long startMillis = (System.nanoTime() - started) / 1_000_000;
        DemoIssuer issuer = null;
        try {
            Map<String, String> configuration = new LinkedHashMap<>();
            configuration.put("quarkus.datasource.jdbc.url", database.jdbcUrl());
            configuration.put("quarkus.datasource.username", database.username());
            configuration.put("quarkus.datasource.password", "");
            configuration.put("tonghu.demo-data.enabled", "true");
            configuration.put("tonghu.webhook.allow-loopback", "true"); // webhooks to a local receiver
            configuration.put("quarkus.smallrye-graphql.ui.enabled", "true"); // GraphiQL at /q/graphql-ui
            if (withDemoIssuer) {
                issuer = DemoIssuer.start(issuerPort, absolute.resolve("demo-issuer-key.json"));
                String sessionSecret = loadOrCreateSecret(absolute.resolve("session-secret"));
                configuration.put("quarkus.oidc.auth-server-url", issuer.issuerUrl());
                configuration.put("quarkus.oidc.web-app.client-id", DemoIssuer.PORTAL_CLIENT_ID);
                configuration.put("quarkus.oidc.web-app.credentials.secret", DemoIssuer.PORTAL_CLIENT_SECRET);
                configuration.put("quarkus.oidc.web-app.authentication.state-secret", sessionSecret);
                configuration.put("quarkus.oidc.web-app.token-state-manager.encryption-secret", sessionSecret);
                configuration.put("quarkus.oidc.web-app.authentication.cookie-force-secure", "false");
                configuration.put("quarkus.rest-csrf.cookie-force-secure", "false");
                if (setting("tonghu.http-host", "TONGHU_HTTP_HOST").isEmpty()) {
                    // Demo sign-in lets anyone in: keep the service on loopback unless a host is chosen explicitly.
                    configuration.put("quarkus.http.host", "127.0.0.1");
                }
            }
            LOG.infof("Local mode: embedded PostgreSQL (%s, started in %d ms) with data in %s%s", database.runAs(),
                    startMillis, absolute, issuer == null ? "" : "; demo sign-in at " + issuer.issuerUrl());
            return new LocalMode(database, issuer, Map.copyOf(configuration));
        } catch (IOException | RuntimeException e) {
            if (issuer != null) {
                issuer.close();
            }
            database.close();
            throw e;
        }
    }

    /** The configuration Quarkus needs to use the embedded database and, if started, the demo issuer. */
    public Map<String, String> configuration() {
        return configuration;
    }

    public Optional<DemoIssuer> issuer() {
        return Optional.ofNullable(issuer);
    }

    public EmbeddedPostgresServer database() {
        return database;
    }

    /** Stops the demo issuer and the database; safe to call more than once. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        if (issuer != null) {
            issuer.close();
        }
        try {
            database.close();
        } catch (IOException e) {
            LOG.warnf("Could not stop the embedded PostgreSQL: %s", e.getMessage());
        }
    }

    /** A random secret kept in the data directory, so that portal sessions survive a restart. */
    private static String loadOrCreateSecret(Path file) throws IOException {
        if (Files.exists(file)) {
            return Files.readString(file, StandardCharsets.UTF_8).strip();
        }
        byte[] bytes = new byte[48];
        new SecureRandom().nextBytes(bytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Files.writeString(file, secret, StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        return secret;
    }

    private static Optional<String> setting(String property, String environmentVariable) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(environmentVariable);
        }
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }
}

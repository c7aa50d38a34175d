package org.tonghu.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;

import org.tonghu.local.DemoIssuer;
import org.tonghu.local.EmbeddedPostgresServer;
import org.tonghu.local.LocalMode;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Starts what {@code @QuarkusTest}s need, the same way the launcher does in local mode: a real embedded PostgreSQL
 * in a fresh temporary directory and the demo issuer on a free port.
 */
public class LocalModeTestResource implements QuarkusTestResourceLifecycleManager {

    private static LocalMode local;
    private Path dataDirectory;

    @Override
    public Map<String, String> start() {
        try {
            dataDirectory = Files.createTempDirectory("tonghu-test-");
            dataDirectory.toFile().setExecutable(true, false);
            local = LocalMode.start(dataDirectory, 0, EmbeddedPostgresServer.RunAs.AUTO, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> configuration = new HashMap<>(local.configuration());
        configuration.put("tonghu.demo-data.enabled", "true");
        return configuration;
    }

    /** The running demo issuer, for tests that need tokens. */
    public static DemoIssuer issuer() {
        return local.issuer().orElseThrow();
    }

    /** The JDBC URL of the test database, for tests that inspect it directly. */
    public static String jdbcUrl() {
        return local.database().jdbcUrl();
    }

    @Override
    public void stop() {
        if (local != null) {
            local.close();
        }
        if (dataDirectory != null) {
            try (var paths = Files.walk(dataDirectory)) {
                paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException ignored) {
                // a leftover temporary directory is harmless
            }
        }
    }
}

package org.tonghu.local;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

/**
 * Loads the demo data ({@code db/demo/demo-data.sql}) after the migrations, in local mode and in tests only
 * ({@code tonghu.demo-data.enabled}). The script is idempotent, so it runs at every start.
 */
@Singleton
public class DemoDataLoader {

    static final String SCRIPT = "db/demo/demo-data.sql";

    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class);

    private final DataSource dataSource;
    private final boolean enabled;

    DemoDataLoader(DataSource dataSource, @ConfigProperty(name = "tonghu.demo-data.enabled") boolean enabled) {
        this.dataSource = dataSource;
        this.enabled = enabled;
    }

    void load(@Observes StartupEvent startup) throws IOException, SQLException {
        if (!enabled) {
            return;
        }
        String script;
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(SCRIPT)) {
            if (in == null) {
                throw new IOException("Missing " + SCRIPT);
            }
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            statement.execute(script);
            connection.commit();
        }
        LOG.info("Demo data loaded");
    }
}

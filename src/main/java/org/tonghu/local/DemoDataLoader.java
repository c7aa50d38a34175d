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
 * Loads the demo data after the migrations, in local mode and in tests only ({@code tonghu.demo-data.enabled}): the
 * hand-written fixtures of {@code db/demo/demo-data.sql} (idempotent, run at every start), then, once per database,
 * a generated county of {@code tonghu.demo-data.generated-children} children ({@link DemoDataGenerator}), then the
 * fixtures that draw from the generated children ({@code db/demo/demo-data-after-generation.sql}, idempotent).
 */
@Singleton
public class DemoDataLoader {

    static final String SCRIPT = "db/demo/demo-data.sql";
    /** Fixtures drawn from the generated county too (a spot check's sample): idempotent, run after it. */
    static final String AFTER_GENERATION_SCRIPT = "db/demo/demo-data-after-generation.sql";

    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class);

    private final DataSource dataSource;
    private final boolean enabled;
    private final int generatedChildren;
    private final long seed;
    private final String plan;
    private final int visitMonths;

    DemoDataLoader(DataSource dataSource, @ConfigProperty(name = "tonghu.demo-data.enabled") boolean enabled,
            @ConfigProperty(name = "tonghu.demo-data.generated-children") int generatedChildren,
            @ConfigProperty(name = "tonghu.demo-data.seed") long seed,
            @ConfigProperty(name = "tonghu.demo-data.plan") String plan,
            @ConfigProperty(name = "tonghu.demo-data.visit-months") int visitMonths) {
        this.dataSource = dataSource;
        this.enabled = enabled;
        this.generatedChildren = generatedChildren;
        this.seed = seed;
        this.plan = plan;
        this.visitMonths = visitMonths;
    }

    /** The generator's plan named by {@code tonghu.demo-data.plan}. */
    DemoDataGenerator.Plan plan() {
        return switch (plan) {
            case "demo" -> DemoDataGenerator.Plan.demo(generatedChildren, visitMonths);
            case "single-county" -> DemoDataGenerator.Plan.singleCounty(generatedChildren, visitMonths);
            case "province" -> DemoDataGenerator.Plan.province(generatedChildren, visitMonths);
            default -> throw new IllegalArgumentException(
                    "tonghu.demo-data.plan is demo, single-county or province, not " + plan);
        };
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("Missing " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    void load(@Observes StartupEvent startup) throws IOException, SQLException {
        if (!enabled) {
            return;
        }
        String script = read(SCRIPT);
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            statement.execute(script);
            if (!DemoDataGenerator.generatedAlready(connection) && generatedChildren > 0) {
                long started = System.nanoTime();
                // a PostgreSQL backend loads slower than the generator makes rows: one loader per core
                int loaders = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
                DemoDataGenerator.Summary summary = new DemoDataGenerator(seed).generate(connection, plan(),
                        dataSource::getConnection, loaders);
                connection.commit();
                // fresh statistics after a bulk load, or the planner guesses badly until autovacuum catches up
                statement.execute("analyze child, child_category, child_risk_factor, guardian, child_guardian,"
                        + " appointment, organization, volunteer, visit, visit_schedule, region");
                LOG.infof("Demo data generated (seed %d, %s) in %d ms: %d villages, %d children, %d guardians,"
                        + " %d directors, %d volunteers, %d visits",
                        seed, plan, (System.nanoTime() - started) / 1_000_000,
                        summary.villages(), summary.children(), summary.guardians(), summary.directors(),
                        summary.volunteers(), summary.visits());
            }
            statement.execute(read(AFTER_GENERATION_SCRIPT));
            connection.commit();
        }
        LOG.info("Demo data loaded");
    }
}

package org.tonghu.local;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.ConnectException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.tonghu.testing.ServiceProcess;

import io.restassured.http.ContentType;

/**
 * With an external PostgreSQL (.ci/run starts one from the machine's PostgreSQL 15 packages and sets
 * TONGHU_TEST_EXTERNAL_JDBC_URL), nothing embedded starts: the service migrates that database and uses it, demo data
 * and demo sign-in stay off, and tokens come from the configured issuer (here a stand-in issuer run by the test).
 */
@EnabledIfEnvironmentVariable(named = "TONGHU_TEST_EXTERNAL_JDBC_URL", matches = ".+")
class ExternalDatabaseIT {

    private static final String JDBC_URL = System.getenv("TONGHU_TEST_EXTERNAL_JDBC_URL");
    private static final String USER = System.getenv().getOrDefault("TONGHU_TEST_EXTERNAL_USER", "tonghu");
    private static final String PASSWORD = System.getenv().getOrDefault("TONGHU_TEST_EXTERNAL_PASSWORD", "");

    @Test
    void shouldMigrateAndUseTheExternalDatabaseWithoutAnythingLocal() throws Exception {
        resetSchema();
        Path keyFolder = Files.createTempDirectory("tonghu-external-issuer-");
        int demoIssuerPort = ServiceProcess.freePort();
        try (DemoIssuer issuer = DemoIssuer.start(0, keyFolder.resolve("key.json"))) {
            Map<String, String> environment = new HashMap<>();
            environment.put("QUARKUS_DATASOURCE_JDBC_URL", JDBC_URL);
            environment.put("QUARKUS_DATASOURCE_USERNAME", USER);
            environment.put("QUARKUS_DATASOURCE_PASSWORD", PASSWORD);
            environment.put("TONGHU_OIDC_ISSUER", issuer.issuerUrl());
            environment.put("TONGHU_PORTAL_CLIENT_SECRET", DemoIssuer.PORTAL_CLIENT_SECRET);
            environment.put("TONGHU_SESSION_SECRET", "an-external-database-test-secret-of-48-characters");
            environment.put("TONGHU_DEMO_ISSUER_PORT", String.valueOf(demoIssuerPort));
            try (ServiceProcess service = ServiceProcess.start("external-database", environment, Map.of())) {
                service.awaitReady(Duration.ofSeconds(90));
                String token = issuer.accessToken(DemoUser.find("county.officer").orElseThrow(),
                        DemoIssuer.CLI_CLIENT_ID);
                service.graphql(token, "region/regions", "parentCode", "140500000000")
                        .body("data.regions.edges.node.name", contains("城区", "沁水县", "阳城县", "陵川县", "泽州县", "高平市"));
                service.graphql(token, "region/regions", "parentCode", "140521000000")
                        .body("data.regions.edges.size()", equalTo(0));
                assertThrows(ConnectException.class, () -> new java.net.Socket("127.0.0.1", demoIssuerPort).close(),
                        "no demo issuer runs with an external database");
                assertThat(service.output(), not(containsString("Local mode")));
                service.stop();
            }
        }
        try (Connection connection = DriverManager.getConnection(JDBC_URL, USER, PASSWORD);
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "select count(*) from flyway_schema_history where success and version is not null")) {
            rows.next();
            assertEquals(migrationCount(), rows.getInt(1), "every migration ran on the external database");
        }
    }

    private static int migrationCount() throws Exception {
        try (var files = Files.list(Path.of("src", "main", "resources", "db", "migration"))) {
            return (int) files.filter(file -> file.getFileName().toString().matches("V\\d+__.*\\.sql")).count();
        }
    }

    private static void resetSchema() throws Exception {
        try (Connection connection = DriverManager.getConnection(JDBC_URL, USER, PASSWORD);
                Statement statement = connection.createStatement()) {
            statement.execute("drop schema if exists public cascade");
            statement.execute("create schema public");
        }
    }
}

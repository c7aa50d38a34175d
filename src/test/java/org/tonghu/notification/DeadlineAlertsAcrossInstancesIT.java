package org.tonghu.notification;

import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tonghu.local.DemoIssuer;
import org.tonghu.local.DemoUser;
import org.tonghu.local.EmbeddedPostgresServer;
import org.tonghu.local.LocalMode;
import org.tonghu.testing.Fixtures;
import org.tonghu.testing.ServiceProcess;

/**
 * Two packaged instances over one database, both running the deadline-alert and escalation jobs every second (Quartz,
 * clustered): a report with ten seconds to acknowledge alerts each receiver once when near and once when passed, and
 * escalates once, and the job ran once a second across both instances, not once a second on each.
 */
class DeadlineAlertsAcrossInstancesIT {

    private static final String SOURCE = "protection-report-acknowledgment";

    @TempDir
    Path dataDirectory;

    @Test
    void shouldAlertOnceWhileBothInstancesRunTheJobs() throws Exception {
        dataDirectory.toFile().setExecutable(true, false);
        try (LocalMode shared = LocalMode.start(dataDirectory, 0, EmbeddedPostgresServer.RunAs.AUTO, true)) {
            DemoIssuer issuer = shared.issuer().orElseThrow();
            Map<String, String> environment = ServiceProcess.environmentSharing(shared);
            environment.put("TONGHU_DEADLINE_ALERTS_EVERY", "1s");
            environment.put("TONGHU_REPORT_ESCALATION_EVERY", "1s");
            environment.put("TONGHU_REPORT_ACKNOWLEDGE_WITHIN_IMMEDIATE_DANGER", "PT10S");
            String jdbcUrl = shared.database().jdbcUrl();
            String user = shared.database().username();

            try (ServiceProcess first = ServiceProcess.start("alerts-first", environment,
                    Map.of("tonghu.demo-data.enabled", "true"));
                    ServiceProcess second = ServiceProcess.start("alerts-second", environment, Map.of())) {
                first.awaitReady(Duration.ofSeconds(180));
                second.awaitReady(Duration.ofSeconds(180));
                Awaitility.await().atMost(Duration.ofSeconds(60)).until(
                        () -> count(jdbcUrl, user, "qrtz_scheduler_state") == 2);

                long runsBefore = count(jdbcUrl, user, "deadline_alert_mark, generate_series(1, runs)"
                        + " where source = '" + SOURCE + "'");
                Instant start = Instant.now();
                String token = issuer.accessToken(DemoUser.find("village.director").orElseThrow(),
                        DemoIssuer.CLI_CLIENT_ID);
                String report = second.graphql(token, "protection/fileProtectionReport", "input", Map.of(
                        "childId", Fixtures.CHILD_QINSHUI_EAST_1, "category", "NEGLECT",
                        "observed", "孩子独自在家，无人照料",
                        "discoveredAt", OffsetDateTime.now().minusHours(1).toString(),
                        "immediateDanger", true))
                        .body("errors", nullValue()).extract().path("data.fileProtectionReport.id");

                String passed = "notification where subject_id = '" + report + "' and kind = 'DEADLINE_PASSED'";
                Awaitility.await().atMost(Duration.ofSeconds(90)).until(() -> count(jdbcUrl, user, passed) >= 3);
                // both instances keep running the jobs past the deadline: five more seconds add nothing
                Awaitility.await().during(Duration.ofSeconds(5)).atMost(Duration.ofSeconds(15))
                        .until(() -> count(jdbcUrl, user, passed) == 3);
                long seconds = Duration.between(start, Instant.now()).toSeconds();

                assertEquals(3L, count(jdbcUrl, user, passed), "each receiver once");
                assertEquals(3L, count(jdbcUrl, user, "notification where subject_id = '" + report
                        + "' and kind = 'DEADLINE_NEAR'"), "each receiver once, a quarter of the time before");
                assertEquals(1L, count(jdbcUrl, user, "notification where subject_id = '" + report
                        + "' and kind = 'PROTECTION_REPORT_ESCALATED' and occasion = 'escalated:CITY'"),
                        "the city's officers once");
                long runs = count(jdbcUrl, user, "deadline_alert_mark, generate_series(1, runs)"
                        + " where source = '" + SOURCE + "'") - runsBefore;
                assertTrue(runs >= seconds / 3, runs + " runs in " + seconds + " s: the job runs");
                assertTrue(runs <= seconds + 3, runs + " runs in " + seconds + " s: once a second across the"
                        + " two instances, not on each");
                first.stop();
                second.stop();
            }
        }
    }

    private static long count(String jdbcUrl, String user, String table) throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, user, "");
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select count(*) from " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}

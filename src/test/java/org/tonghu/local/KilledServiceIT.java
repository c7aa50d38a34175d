package org.tonghu.local;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tonghu.testing.ServiceProcess;

/**
 * The packaged service in local mode killed with {@code kill -9}: its PostgreSQL outlives it, and the next start on
 * the same data directory stops that PostgreSQL and is ready quickly (it used to wait 30 s and fail), with every
 * acknowledged write there.
 */
class KilledServiceIT {

    /** Well under the 30 s that zonky waits for a server before it gives up. */
    private static final Duration DATABASE_START = Duration.ofSeconds(20);

    @TempDir
    Path dataDirectory;

    @Test
    void shouldStartAgainWithItsDataAfterBeingKilled() throws Exception {
        int issuerPort = ServiceProcess.freePort();
        Map<String, String> environment = ServiceProcess.localMode(dataDirectory, issuerPort,
                "TONGHU_DEMO_CHILDREN", "300");
        Path postgres = dataDirectory.resolve("postgres");

        ProcessHandle leftOver;
        try (ServiceProcess service = ServiceProcess.start("killed-service-1", environment, Map.of())) {
            service.awaitReady(Duration.ofSeconds(120));
            service.graphql(ServiceProcess.demoToken(issuerPort, "admin"), "region/importRegions", "csv",
                    "code,name,parent_code\n140581100000,三甲镇,140581000000\n")
                    .body("errors", nullValue())
                    .body("data.importRegions.created", equalTo(1));
            leftOver = PostgresProcesses.postmaster(postgres);
            assertEquals(137, service.kill(), "SIGKILL ends the JVM with 128 + 9");
        }
        assertTrue(leftOver.isAlive(), "the killed service's PostgreSQL is still running");

        try (ServiceProcess service = ServiceProcess.start("killed-service-2", environment, Map.of())) {
            Duration startup = service.awaitReady(Duration.ofSeconds(120));
            // The database part of the start (it used to wait 30 s for the left-over server's port, then give up),
            // as local mode logs it: Quarkus' own start varies with the machine's load whatever the database does.
            Matcher logged = Pattern.compile("Local mode: embedded PostgreSQL \\(\\w+, started in (\\d+) ms\\)")
                    .matcher(service.output());
            assertTrue(logged.find(), "local mode logs its database start");
            Duration databaseStart = Duration.ofMillis(Long.parseLong(logged.group(1)));
            System.out.printf(
                    "KilledServiceIT: start after kill -9: database started in %d ms, service ready after %d ms%n",
                    databaseStart.toMillis(), startup.toMillis());
            assertThat(databaseStart, lessThan(DATABASE_START));
            assertFalse(leftOver.isAlive(), "the left-over PostgreSQL was stopped");
            service.graphql(ServiceProcess.demoToken(issuerPort, "village.director"),
                    "region/region", "code", "140581100000")
                    .body("errors", nullValue())
                    .body("data.region.name", equalTo("三甲镇"));
            assertEquals(143, service.stop(), "SIGTERM ends the JVM with 128 + 15");
        }
        assertFalse(Files.exists(postgres.resolve(StalePostmaster.PID_FILE)), "PostgreSQL stops with the service");
    }

}

package org.tonghu.graphql;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tonghu.testing.GraphQLClient;
import org.tonghu.testing.ServiceProcess;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * The packaged service while its database is down: requests get the retryable SERVICE_UNAVAILABLE (503 with
 * Retry-After when nothing could be answered), readiness is DOWN, and once the database is back the service answers
 * again without a restart. The embedded PostgreSQL is stopped (fast shutdown) under the running service and started
 * again on the same port and data.
 */
class DatabaseOutageIT {

    @TempDir
    Path dataDirectory;

    @Test
    void shouldAnswerServiceUnavailableWhileTheDatabaseIsDownAndRecoverWithoutARestart() throws Exception {
        int issuerPort = ServiceProcess.freePort();
        Map<String, String> environment = ServiceProcess.localMode(dataDirectory, issuerPort,
                "TONGHU_DEMO_CHILDREN", "50", "TONGHU_DEMO_VISIT_MONTHS", "1");
        try (ServiceProcess service = ServiceProcess.start("database-outage", environment, Map.of())) {
            service.awaitReady(Duration.ofSeconds(120));
            String token = ServiceProcess.demoToken(issuerPort, "county.officer");
            String ready = "http://127.0.0.1:" + service.managementPort + "/q/health/ready";
            regions(service, token).then().statusCode(200).body("errors", nullValue());

            Postmaster postmaster = Postmaster.of(dataDirectory.resolve("postgres"));
            postmaster.stopFast();
            try {
                Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250))
                        .until(() -> given().get(ready).statusCode() == 503);
                given().get(ready).then().statusCode(503).body("status", equalTo("DOWN"));
                Response down = regions(service, token);
                down.then().statusCode(503)
                        .header("Retry-After", notNullValue())
                        .body("data", nullValue())
                        .body("errors[0].extensions.code", equalTo("SERVICE_UNAVAILABLE"))
                        .body(not(containsString("INTERNAL_ERROR")));
            } finally {
                postmaster.start();
            }
            // back without a restart of the service
            Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250))
                    .until(() -> regions(service, token).statusCode() == 200);
            regions(service, token).then().statusCode(200).body("errors", nullValue())
                    .body("data.regions.edges.node.code", org.hamcrest.Matchers.hasItem("140521000000"));
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> given().get(ready).statusCode() == 200);
            assertThat(service.output(), not(containsString("Internal error")));
            service.stop();
        }
    }

    private static Response regions(ServiceProcess service, String token) {
        return given().contentType(ContentType.JSON).auth().oauth2(token)
                .body(Map.of("query", GraphQLClient.document("region/regions"),
                        "variables", Map.of("parentCode", "140500000000")))
                .post(service.baseUrl() + "/graphql");
    }

    /**
     * The service's embedded postmaster, found by its pid file: stopped as an administrator would (SIGINT, a fast
     * shutdown that ends every connection), and started again with the same command line as the same user (in a user
     * namespace when it ran in one, as root does here, or as the unprivileged user).
     */
    private record Postmaster(Path dataDirectory, List<String> command, String uid, String gid) {

        static Postmaster of(Path dataDirectory) throws IOException {
            String pid = Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(0).strip();
            byte[] cmdline = Files.readAllBytes(Path.of("/proc", pid, "cmdline"));
            List<String> command = new ArrayList<>(
                    Arrays.asList(new String(cmdline, StandardCharsets.UTF_8).split("\u0000")));
            String uid = null;
            String gid = null;
            for (String line : Files.readAllLines(Path.of("/proc", pid, "status"))) {
                if (line.startsWith("Uid:")) {
                    uid = line.split("\\s+")[1];
                } else if (line.startsWith("Gid:")) {
                    gid = line.split("\\s+")[1];
                }
            }
            return new Postmaster(dataDirectory, command, uid, gid);
        }

        void stopFast() throws Exception {
            String pid = Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(0).strip();
            new ProcessBuilder("kill", "-INT", pid).inheritIO().start().waitFor();
            Awaitility.await().atMost(Duration.ofSeconds(30))
                    .until(() -> !Files.exists(dataDirectory.resolve("postmaster.pid")));
        }

        void start() throws Exception {
            List<String> launch = new ArrayList<>();
            if ("0".equals(uid)) {
                launch.addAll(List.of("unshare", "-U"));
            } else {
                launch.addAll(List.of("setpriv", "--reuid=" + uid, "--regid=" + gid, "--clear-groups", "--"));
            }
            launch.addAll(command);
            new ProcessBuilder(launch).redirectErrorStream(true)
                    .redirectOutput(dataDirectory.resolveSibling("postgres-restarted.log").toFile()).start();
            Awaitility.await().atMost(Duration.ofSeconds(30))
                    .until(() -> Files.exists(dataDirectory.resolve("postmaster.pid")));
        }
    }
}

package org.tonghu.local;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tonghu.testing.PortalBrowser;
import org.tonghu.testing.ServiceProcess;
import org.tonghu.time.ChinaTime;

import io.restassured.http.ContentType;

/**
 * The README's run path: the packaged jar without an external database starts local mode, a demo user gets a
 * token from the demo issuer with a plain form post (as with curl), queries the graph, and the data survive a
 * restart. Stopping the service stops its PostgreSQL.
 */
class LocalRunIT {

    @TempDir
    Path dataDirectory;

    @Test
    void shouldRunWithEmbeddedPostgresAndDemoSignInAndKeepDataAcrossRestarts() throws Exception {
        int issuerPort = ServiceProcess.freePort();
        Map<String, String> environment = ServiceProcess.localMode(dataDirectory, issuerPort);
        Path postmasterPid = dataDirectory.resolve("postgres").resolve("postmaster.pid");

        try (ServiceProcess service = ServiceProcess.start("local-run-1", environment, Map.of())) {
            Duration startup = service.awaitReady(Duration.ofSeconds(90));
            System.out.printf("LocalRunIT: first start (initdb, migrations) ready after %d ms%n", startup.toMillis());
            String adminToken = ServiceProcess.demoToken(issuerPort, "admin");
            service.graphql(adminToken, "security/me")
                    .body("data.me.roles", contains("system-administrator"));
            service.graphql(ServiceProcess.demoToken(issuerPort, "county.officer"),
                    "region/regions", "parentCode", "140500000000")
                    .body("data.regions.edges.node.name", contains("城区", "沁水县", "阳城县", "陵川县", "泽州县", "高平市"));
            service.graphql(adminToken, "region/importRegions",
                    "csv", "code,name,parent_code\n140581100000,三甲镇,140581000000\n")
                    .body("data.importRegions.created", equalTo(1));
            assertEquals(143, service.stop(), "SIGTERM ends the JVM with 128 + 15");
            assertThat(service.output(), not(containsString("Exception")));
        }
        assertFalse(Files.exists(postmasterPid), "PostgreSQL stops with the service");

        try (ServiceProcess service = ServiceProcess.start("local-run-2", environment, Map.of())) {
            Duration startup = service.awaitReady(Duration.ofSeconds(60));
            System.out.printf("LocalRunIT: restart ready after %d ms%n", startup.toMillis());
            assertThat(startup, lessThan(Duration.ofSeconds(60)));
            firstRequestsAtOnce(service, ServiceProcess.demoToken(issuerPort, "village.director"));
            service.graphql(ServiceProcess.demoToken(issuerPort, "village.director"),
                    "region/region", "code", "140581100000")
                    .body("errors", nullValue())
                    .body("data.region.name", equalTo("三甲镇"));
            given().get(service.baseUrl() + "/").then().statusCode(200).body(containsString("童护"));
            // The portal signs in through the demo issuer and takes a form (session and CSRF cookies over plain
            // http on loopback: local mode does not force them Secure).
            PortalBrowser director = new PortalBrowser(service.baseUrl());
            String file = "/portal/children/00000000-0000-4000-8000-000000001001";
            assertThat(director.signIn("village.director", file).body(), containsString("一人一档"));
            var raised = director.submit(file, file + "/concerns", Map.of("category", "STUDY", "severity", "LOW",
                    "description", "打包服务里记录的问题"));
            assertEquals(200, raised.statusCode());
            assertThat(raised.body(), containsString("打包服务里记录的问题"));
            // The packaged service runs the production profile: signed-in clients introspect and download the
            // schema; local mode serves GraphiQL from the jar (no CDN; KeycloakIT: no UI in production).
            String token = ServiceProcess.demoToken(issuerPort, "admin");
            given().auth().oauth2(token).get(service.baseUrl() + "/graphql/schema.graphql").then().statusCode(200)
                    .body(containsString("type Query"));
            given().get(service.baseUrl() + "/graphql/schema.graphql").then().statusCode(401);
            given().get(service.baseUrl() + "/q/graphql-ui/").then().statusCode(200)
                    .body(containsString("graphiql.min.js")).body(not(containsString("src=\"http")));
            service.graphql(token, "graphql/standard-introspection").body("errors", nullValue())
                    .body("data.__schema.queryType.name", equalTo("Query"));
            // a document the schema refuses fails the request as a whole: 400 (GraphQL over HTTP)
            given().contentType(ContentType.JSON).auth().oauth2(token)
                    .body(Map.of("query", "{ noSuchField }"))
                    .post(service.baseUrl() + "/graphql").then().statusCode(400)
                    .body("data", nullValue())
                    .body("errors[0].extensions.code", equalTo("GRAPHQL_VALIDATION_FAILED"));
            service.stop();
        }
        assertFalse(Files.exists(postmasterPid), "PostgreSQL stops with the service");
    }

    /**
     * A restart under load: the first GraphQL requests arrive together, before the engine exists. Each must be
     * answered as the schema says (SmallRye builds the engine lazily, so several are built at once; see
     * {@code GraphQLEngineSetup}).
     */
    private static void firstRequestsAtOnce(ServiceProcess service, String token) throws Exception {
        int requests = 12;
        ExecutorService pool = Executors.newFixedThreadPool(requests);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<?>> answers = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                int number = i;
                answers.add(pool.submit(() -> {
                    start.await();
                    service.graphql(token, "worklog/recordWorkLogEntry", "input", Map.of("entryDate",
                            ChinaTime.today().toString(), "content", "重启后同时到达的请求" + number))
                            .body("errors", nullValue());
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> answer : answers) {
                answer.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}

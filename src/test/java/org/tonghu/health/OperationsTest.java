package org.tonghu.health;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import org.junit.jupiter.api.Test;
import org.tonghu.testing.LocalModeTestResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Health checks and metrics are served on the management interface, the database included. */
@QuarkusTest
@QuarkusTestResource(LocalModeTestResource.class)
class OperationsTest {

    private static final String MANAGEMENT = "http://127.0.0.1:9001";

    @Test
    void shouldBeReadyWithTheDatabaseUp() {
        given().when().get(MANAGEMENT + "/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Database connections health check")));
    }

    @Test
    void shouldBeLive() {
        given().when().get(MANAGEMENT + "/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void shouldServePrometheusMetrics() {
        given().when().get(MANAGEMENT + "/q/metrics")
                .then().statusCode(200)
                .body(containsString("jvm_memory_used_bytes"))
                .body(containsString("http_server_requests_seconds"));
    }

    @Test
    void shouldNotServeHealthOnThePublicPort() {
        given().when().get("/q/health/ready").then().statusCode(404);
    }
}

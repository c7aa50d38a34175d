package org.tonghu.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.tonghu.testing.GraphQLClient;
import org.tonghu.testing.ServiceProcess;
import org.tonghu.testing.Tokens;

import io.restassured.http.ContentType;

/**
 * The service configured for a real Keycloak with the realm in deploy/keycloak (.ci/run starts it and sets
 * TONGHU_TEST_KEYCLOAK_URL): it accepts a third-party app's client-credentials token and a user's token with the
 * right roles and scope, and refuses a token for another audience, an expired one and one signed by another key.
 */
@EnabledIfEnvironmentVariable(named = "TONGHU_TEST_KEYCLOAK_URL", matches = ".+")
@EnabledIfEnvironmentVariable(named = "TONGHU_TEST_EXTERNAL_JDBC_URL", matches = ".+")
class KeycloakIT {

    private static final String KEYCLOAK = System.getenv("TONGHU_TEST_KEYCLOAK_URL");
    private static final String ISSUER = KEYCLOAK + "/realms/tonghu";
    private static final String JDBC_URL = System.getenv("TONGHU_TEST_EXTERNAL_JDBC_URL");
    private static final String USER = System.getenv().getOrDefault("TONGHU_TEST_EXTERNAL_USER", "tonghu");
    private static final String PASSWORD = System.getenv().getOrDefault("TONGHU_TEST_EXTERNAL_PASSWORD", "");
    private static final String ME = GraphQLClient.document("security/me");

    private static ServiceProcess service;

    @BeforeAll
    static void startServiceForKeycloak() throws Exception {
        try (Connection connection = DriverManager.getConnection(JDBC_URL, USER, PASSWORD);
                Statement statement = connection.createStatement()) {
            statement.execute("drop schema if exists public cascade");
            statement.execute("create schema public");
        }
        service = ServiceProcess.start("keycloak", Map.of(
                "QUARKUS_DATASOURCE_JDBC_URL", JDBC_URL,
                "QUARKUS_DATASOURCE_USERNAME", USER,
                "QUARKUS_DATASOURCE_PASSWORD", PASSWORD,
                "TONGHU_OIDC_ISSUER", ISSUER,
                "TONGHU_PORTAL_CLIENT_SECRET", "tonghu-portal-local-secret",
                "TONGHU_SESSION_SECRET", "a-keycloak-test-session-secret-of-48-characters!"), Map.of());
        service.awaitReady(Duration.ofSeconds(90));
        try (Connection connection = DriverManager.getConnection(JDBC_URL, USER, PASSWORD);
                Statement statement = connection.createStatement()) {
            statement.execute("insert into organization (id, name, kind, region_code) values "
                    + "('00000000-0000-4000-8000-000000000105', '晋城市演示儿童服务中心', 'NGO', '140500000000')");
            // a third-party app calls only under a data-sharing agreement in force
            statement.execute("insert into data_sharing_agreement (id, client_id, organization_id, purpose,"
                    + " legal_basis, region_codes, field_set, operations, starts_on, expires_on, registered_by_name,"
                    + " registered_by_subject) values ('00000000-0000-4000-8000-0000000d5a01', 'demo-partner-app',"
                    + " '00000000-0000-4000-8000-000000000105', 'Keycloak test', 'STATUTORY_DUTY', '140000000000',"
                    + " 'DIRECTORY', 'me', current_date - 1, current_date + 365, 'test', 'test')");
        }
    }

    @AfterAll
    static void stopService() throws Exception {
        if (service != null) {
            service.stop();
            service.close();
        }
    }

    @Test
    void shouldAcceptAThirdPartyAppsClientCredentialsToken() {
        String token = clientCredentials("demo-partner-app", "demo-partner-app-secret");
        me(token).statusCode(200)
                .body("data.me.roles", contains(Roles.THIRD_PARTY_APP))
                .body("data.me.clientId", equalTo("demo-partner-app"))
                .body("data.me.organization.kind", equalTo("NGO"));
    }

    @Test
    void shouldAcceptAUsersTokenWithRolesAndRegion() {
        String token = given().contentType(ContentType.URLENC)
                .formParam("grant_type", "password").formParam("client_id", "tonghu-cli")
                .formParam("username", "county.officer").formParam("password", "demo")
                .post(ISSUER + "/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
        me(token).statusCode(200)
                .body("data.me.username", equalTo("county.officer"))
                .body("data.me.roles", contains(Roles.COUNTY_OFFICER))
                .body("data.me.region.name", equalTo("沁水县"));
    }

    @Test
    void shouldServeNoGraphQLUiInProduction() {
        given().get(service.baseUrl() + "/q/graphql-ui/").then().statusCode(404);
    }

    @Test
    void shouldRefuseATokenForAnotherAudience() {
        me(clientCredentials("other-app", "other-app-secret")).statusCode(401);
    }

    @Test
    void shouldRefuseAnExpiredToken() {
        String token = clientCredentials("tonghu-expiry-probe", "expiry-probe-secret");
        me(token).statusCode(200);
        Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(500))
                .until(() -> me(token).extract().statusCode() == 401);
    }

    @Test
    void shouldRefuseATokenSignedByAnotherKey() {
        me(Tokens.signedByAnotherKey(ISSUER, "tonghu-api")).statusCode(401);
    }

    private static String clientCredentials(String clientId, String secret) {
        return given().contentType(ContentType.URLENC).auth().preemptive().basic(clientId, secret)
                .formParam("grant_type", "client_credentials")
                .post(ISSUER + "/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
    }

    private static io.restassured.response.ValidatableResponse me(String token) {
        return given().contentType(ContentType.JSON).auth().oauth2(token)
                .body(Map.of("query", ME))
                .post(service.baseUrl() + "/graphql")
                .then();
    }
}

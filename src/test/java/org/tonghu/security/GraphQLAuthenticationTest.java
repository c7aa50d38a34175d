package org.tonghu.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.tonghu.local.DemoIssuer;
import org.tonghu.local.DemoUser;
import org.tonghu.testing.GraphQLClient;
import org.tonghu.testing.LocalModeTestResource;
import org.tonghu.testing.PortalBrowser;
import org.tonghu.testing.Tokens;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@QuarkusTestResource(LocalModeTestResource.class)
class GraphQLAuthenticationTest {

    private static final String ME = GraphQLClient.document("security/me");

    @Test
    void shouldAnswer401ToAnAnonymousRequestBeforeParsingIt() {
        given().contentType(ContentType.JSON).body("{ this is not even json")
                .when().post("/graphql")
                .then().statusCode(401);
        GraphQLClient.post(null, ME).statusCode(401);
    }

    @Test
    void shouldAnswer401ToAMalformedToken() {
        GraphQLClient.post("not.a.token", ME).statusCode(401);
    }

    @Test
    void shouldAnswer401ToATokenSignedByAnotherKey() {
        String forged = Tokens.signedByAnotherKey(LocalModeTestResource.issuer().issuerUrl(), DemoIssuer.AUDIENCE);
        GraphQLClient.post(forged, ME).statusCode(401);
    }

    @Test
    void shouldAnswer401ToATokenForAnotherAudience() {
        DemoUser admin = DemoUser.find("admin").orElseThrow();
        String token = LocalModeTestResource.issuer().accessToken(admin, DemoIssuer.CLI_CLIENT_ID,
                List.of("another-api"), Instant.now().plusSeconds(600));
        GraphQLClient.post(token, ME).statusCode(401);
    }

    @Test
    void shouldAnswer401ToAnExpiredToken() {
        DemoUser admin = DemoUser.find("admin").orElseThrow();
        String token = LocalModeTestResource.issuer().accessToken(admin, DemoIssuer.CLI_CLIENT_ID,
                List.of(DemoIssuer.AUDIENCE), Instant.now().minusSeconds(600));
        GraphQLClient.post(token, ME).statusCode(401);
    }

    @Test
    void shouldNotAcceptAPortalSessionCookieOnTheGraph() {
        PortalBrowser browser = new PortalBrowser();
        browser.signIn("province.officer", "/portal");
        String session = browser.cookie("q_session").orElseThrow();
        given().contentType(ContentType.JSON).cookie("q_session", session)
                .body(java.util.Map.of("query", ME))
                .when().post("/graphql")
                .then().statusCode(401);
    }

    @Test
    void shouldUseTheBearerTokenEvenWhenAPortalCookieComesAlong() {
        PortalBrowser browser = new PortalBrowser();
        browser.signIn("province.officer", "/portal");
        String session = browser.cookie("q_session").orElseThrow();
        given().contentType(ContentType.JSON).cookie("q_session", session).auth().oauth2(Tokens.of("village.director"))
                .body(java.util.Map.of("query", ME))
                .when().post("/graphql")
                .then().statusCode(200)
                .body("data.me.username", equalTo("village.director"));
    }
}

package org.tonghu.graphql;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.tonghu.testing.LocalModeTestResource;
import org.tonghu.testing.NodeTools;
import org.tonghu.testing.Tokens;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/**
 * The graph follows the GraphQL-over-HTTP specification: the answer's media type follows the client's
 * {@code Accept}, request errors are 4xx with a code (200 only for clients that ask for the older
 * {@code application/json} convention by name), and graphql-http's audit of the specification finds nothing to warn
 * about.
 */
@QuarkusTest
@QuarkusTestResource(LocalModeTestResource.class)
class GraphQLOverHttpTest {

    private static final String GRAPHQL_RESPONSE = "application/graphql-response+json";
    private static final byte[] TYPENAME = "{\"query\": \"{ __typename }\"}".getBytes(StandardCharsets.UTF_8);

    @ConfigProperty(name = "quarkus.http.test-port")
    int port;

    private final String token = Tokens.of("admin");

    private RequestSpecification request(String accept) {
        RequestSpecification request = given().auth().oauth2(token).contentType("application/json");
        return accept == null ? request : request.accept(accept);
    }

    @Test
    void shouldAnswerInTheMediaTypeTheClientAccepts() {
        request(GRAPHQL_RESPONSE).body(Map.of("query", "{ __typename }")).post("/graphql").then().statusCode(200)
                .contentType(startsWith(GRAPHQL_RESPONSE)).body("data.__typename", equalTo("Query"));
        request("application/json").body(Map.of("query", "{ __typename }")).post("/graphql").then().statusCode(200)
                .contentType(startsWith("application/json"));
        request("*/*").body(Map.of("query", "{ __typename }")).post("/graphql").then().statusCode(200)
                .contentType(startsWith("application/json"));
    }

    @Test
    void shouldAnswerDocumentErrorsWith400UnlessTheClientAsksForTheOlderConvention() {
        for (String document : new String[] {"{ region(code: ", "{ noSuchField }"}) {
            request(GRAPHQL_RESPONSE).body(Map.of("query", document)).post("/graphql").then().statusCode(400)
                    .contentType(startsWith(GRAPHQL_RESPONSE)).body("data", nullValue());
            request(null).body(Map.of("query", document)).post("/graphql").then().statusCode(400);
            request("application/json").body(Map.of("query", document)).post("/graphql").then().statusCode(200)
                    .contentType(startsWith("application/json"))
                    .body("errors[0].extensions.code", startsWith("GRAPHQL_"));
        }
        // a body that is not a GraphQL request is 400 whatever the client accepts
        request("application/json").body("{\"query\": 1}").post("/graphql").then().statusCode(400)
                .body("errors[0].extensions.code", equalTo("BAD_REQUEST"));
    }

    @Test
    void shouldRefuseABodyOfAMediaTypeItCannotRead() {
        given().auth().oauth2(token).contentType("text/plain").body("{\"query\": \"{ __typename }\"}")
                .post("/graphql").then().statusCode(415)
                .body("errors[0].extensions.code", equalTo("UNSUPPORTED_MEDIA_TYPE"));
        given().auth().oauth2(token).header("Content-Type", "application/json, text/plain")
                .body(TYPENAME).post("/graphql").then().statusCode(415);
        // the same type twice, as fetch joins two spellings of the header set by two layers of a client (GraphiQL)
        given().auth().oauth2(token).header("Content-Type", "application/json, application/json")
                .body(TYPENAME).post("/graphql").then().statusCode(200);
        given().auth().oauth2(token).contentType("application/x-www-form-urlencoded")
                .formParam("query", "{ __typename }").post("/graphql").then().statusCode(415)
                .body("errors[0].extensions.code", equalTo("UNSUPPORTED_MEDIA_TYPE"));
    }

    @Test
    void shouldPassTheGraphQLOverHttpAuditWithoutErrorsOrWarnings() throws Exception {
        var audit = NodeTools.node(Map.of("TONGHU_URL", "http://127.0.0.1:" + port + "/graphql",
                "TONGHU_TOKEN", token), "audit.mjs");
        System.out.println("graphql-http audit:\n" + audit.output());
        assertEquals(0, audit.exitStatus(), audit.output());
        org.hamcrest.MatcherAssert.assertThat(audit.output(), containsString(" warn=0 error=0"));
    }
}

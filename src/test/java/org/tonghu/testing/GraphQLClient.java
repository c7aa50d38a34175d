package org.tonghu.testing;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/**
 * Sends GraphQL documents kept under {@code src/test/resources/graphql/} to {@code /graphql}, with variables; never
 * builds a document by concatenation.
 */
public final class GraphQLClient {

    private GraphQLClient() {
    }

    /** Loads a document, e.g. {@code document("region/region")} for {@code graphql/region/region.graphql}. */
    public static String document(String name) {
        String path = "graphql/" + name + ".graphql";
        try (InputStream in = GraphQLClient.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("No GraphQL document " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs a stored document as the given bearer token; answers with HTTP 200 expected. */
    public static ValidatableResponse run(String token, String documentName, Object... variableNamesAndValues) {
        return post(token, document(documentName), variableNamesAndValues).statusCode(200);
    }

    /** Posts a raw document (for tests about documents themselves, such as limits), without status check. */
    public static ValidatableResponse post(String token, String document, Object... variableNamesAndValues) {
        Map<String, Object> variables = new HashMap<>();
        for (int i = 0; i < variableNamesAndValues.length; i += 2) {
            variables.put((String) variableNamesAndValues[i], variableNamesAndValues[i + 1]);
        }
        Map<String, Object> body = new HashMap<>();
        body.put("query", document);
        body.put("variables", variables);
        var request = given().contentType(ContentType.JSON).body(body);
        if (token != null) {
            request = request.auth().oauth2(token);
        }
        return request.when().post("/graphql").then();
    }
}

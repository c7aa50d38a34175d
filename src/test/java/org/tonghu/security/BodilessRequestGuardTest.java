package org.tonghu.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import org.junit.jupiter.api.Test;
import org.tonghu.testing.LocalModeTestResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** A GET that declares a form's content type (and carries none) is answered like any GET, never with a 500. */
@QuarkusTest
@QuarkusTestResource(LocalModeTestResource.class)
class BodilessRequestGuardTest {

    @Test
    void shouldAnswerAGetDeclaringAMultipartBodyLikeAnyGet() {
        for (String contentType : new String[] { "multipart/form-data; boundary=x7q",
                "application/x-www-form-urlencoded" }) {
            given().header("Content-Type", contentType).redirects().follow(false).get("/").then().statusCode(200)
                    .body(containsString("童护"));
            given().header("Content-Type", contentType).get("/cases").then().statusCode(200);
            given().header("Content-Type", contentType).redirects().follow(false).get("/portal").then()
                    .statusCode(302);
        }
    }
}

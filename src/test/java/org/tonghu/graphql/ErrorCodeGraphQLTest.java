package org.tonghu.graphql;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tonghu.testing.GraphQLClient.post;
import static org.tonghu.testing.GraphQLClient.run;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.tonghu.testing.GraphQLClient;
import org.tonghu.testing.LocalModeTestResource;
import org.tonghu.testing.Tokens;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The error-code catalogue as clients read it: the {@code errorCodes} query and the codes of real answers. */
@QuarkusTest
@QuarkusTestResource(LocalModeTestResource.class)
class ErrorCodeGraphQLTest {

    @Test
    void shouldListEveryCodeWithBothDescriptionsToAThirdPartyApp() {
        run(Tokens.partnerApp(), "graphql/errorCodes")
                .body("errors", nullValue())
                .body("data.errorCodes", hasSize(ErrorCode.values().length))
                .body("data.errorCodes.code", hasItem("VALIDATION_FAILED"))
                .body("data.errorCodes.find { it.code == 'CONFLICT' }.description",
                        equalTo(ErrorCode.CONFLICT.description()))
                .body("data.errorCodes.find { it.code == 'CONFLICT' }.descriptionZh",
                        equalTo(ErrorCode.CONFLICT.chineseDescription()));
    }

    @Test
    void shouldRefuseTheCatalogueWithoutSignIn() {
        post(null, GraphQLClient.document("graphql/errorCodes")).statusCode(401);
    }

    @Test
    void shouldAnswerOnlyCataloguedCodesAtTheTopAndInProblems() {
        var answer = run(Tokens.of("village.director"), "graphql/regionsFirst", "first", 0)
                .body("data", nullValue()).extract();
        List<String> codes = answer.path("errors.extensions.code");
        List<List<String>> problemCodes = answer.path("errors.extensions.problems.code");
        assertTrue(codes.equals(List.of("VALIDATION_FAILED")), "top-level code: " + codes);
        assertTrue(problemCodes.equals(List.of(List.of("FIRST_OUT_OF_RANGE"))), "problem codes: " + problemCodes);
        codes.forEach(code -> assertTrue(ErrorCode.isCatalogued(code), code));
        problemCodes.get(0).forEach(code -> assertTrue(ErrorCode.isCatalogued(code), code));
        List<String> parseCodes = post(Tokens.of("village.director"), "{ regions(").statusCode(400).extract()
                .path("errors.extensions.code");
        assertTrue(parseCodes.stream().allMatch(ErrorCode::isCatalogued), "parse failure: " + parseCodes);
    }
}

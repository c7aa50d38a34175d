package org.tonghu.graphql;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;
import static org.tonghu.testing.GraphQLClient.document;
import static org.tonghu.testing.GraphQLClient.post;
import static org.tonghu.testing.GraphQLClient.run;

import org.junit.jupiter.api.Test;
import org.tonghu.testing.LocalModeTestResource;
import org.tonghu.testing.Tokens;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The limits are checked before any resolver runs, each with its own code, and all of them at once. */
@QuarkusTest
@QuarkusTestResource(LocalModeTestResource.class)
class GraphQLLimitsTest {

    private final String token = Tokens.of("admin");

    @Test
    void shouldRefuseAQueryNestedTooDeep() {
        post(token, document("graphql/tooDeep")).statusCode(400)
                .body("data", nullValue())
                .body("errors", hasSize(1))
                .body("errors[0].extensions.code", equalTo("QUERY_TOO_DEEP"));
    }

    @Test
    void shouldRefuseAQuerySelectingTooManyFields() {
        post(token, document("graphql/tooComplex")).statusCode(400)
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("QUERY_TOO_COMPLEX"));
    }

    @Test
    void shouldRefuseAQueryWithTooManyAliases() {
        post(token, document("graphql/manyAliases")).statusCode(400)
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("TOO_MANY_ALIASES"));
    }

    @Test
    void shouldRunNoResolverOfARefusedMutation() {
        String csv = "code,name,parent_code\n140524901299,限额测试村,140524901000\n";
        post(token, document("graphql/manyAliasedImports"), "csv", csv).statusCode(400)
                .body("errors[0].extensions.code", equalTo("TOO_MANY_ALIASES"));
        run(token, "region/region", "code", "140524901299")
                .body("errors[0].extensions.code", equalTo("REGION_NOT_FOUND"));
    }

    @Test
    void shouldStillAnswerADocumentWithinAllLimits() {
        run(token, "graphql/allLimits")
                .body("errors", nullValue())
                .body("data.region.parent.parent.code", equalTo("140000000000"))
                .body("data.region.children.edges.node.code",
                        org.hamcrest.Matchers.hasItems("140521901000", "140521902000"));
    }

    @Test
    void shouldAnswerADocumentThatDoesNotParseWithACode() {
        // refused before SmallRye and the engine see it (GraphQLHttpGuard), as a request that failed as a whole
        post(token, "query { region(code: ").statusCode(400)
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("GRAPHQL_PARSE_FAILED"))
                .body("errors[0].message", not(containsString("region(code")));
    }

    @Test
    void shouldGiveACodeToADocumentThatDoesNotValidate() {
        post(token, "query { region(code: 140500000000) { code } }").statusCode(400)
                .body("errors[0].extensions.code", equalTo("GRAPHQL_VALIDATION_FAILED"))
                .body("errors[0].message", not(containsString("140500000000")));
        post(token, "query { region(code: \"140500000000\") { noSuchField } }").statusCode(400)
                .body("errors[0].extensions.code", equalTo("GRAPHQL_VALIDATION_FAILED"));
    }

    @Test
    void shouldRevealNoInternalsInErrors() {
        run(token, "region/region", "code", "nonsense")
                .body("errors[0].message", not(containsString("Exception")))
                .body("errors[0].extensions.exception", nullValue());
    }

    @Test
    void shouldAnswerTheStandardIntrospectionQuery() {
        post(token, document("graphql/standard-introspection")).statusCode(200)
                .body("errors", nullValue())
                .body("data.__schema.queryType.name", equalTo("Query"))
                .body("data.__schema.types.name", org.hamcrest.Matchers.hasItems("Child", "PageInfo"));
        post(token, "query T($name: String!) { __type(name: $name) { name } }", "name", "Child").statusCode(200)
                .body("data.__type.name", equalTo("Child"));
    }

    @Test
    void shouldRefuseIntrospectionNestedBeyondTheStandardQuery() {
        String deepTypeReference = "{ __type(name: \"Child\") { fields { type"
                + " { ofType".repeat(13) + " { name }" + " }".repeat(13) + " } } }";
        post(token, deepTypeReference).statusCode(400)
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("QUERY_TOO_DEEP"))
                .body("errors[0].message", containsString("at most 15"));
    }

    @Test
    void shouldRefuseACyclicIntrospectionQuery() {
        // shallow enough for the depth limit, but each level multiplies the answer (graphql-java's good-faith check)
        String cyclic = "{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }";
        post(token, cyclic).statusCode(400)
                .body("data", nullValue())
                .body("errors[0].extensions.code", org.hamcrest.Matchers.notNullValue());
    }
}

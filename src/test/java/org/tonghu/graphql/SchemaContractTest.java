package org.tonghu.graphql;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.tonghu.testing.LocalModeTestResource;
import org.tonghu.testing.Tokens;

import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * {@code schema/schema.graphql} is the published contract. This test fails when the live schema differs; after a
 * deliberate change, regenerate the file with {@code ./mvnw test -Dtest=SchemaContractTest -Dtonghu.schema.write=true}
 * and review the diff.
 */
@QuarkusTest
@QuarkusTestResource(LocalModeTestResource.class)
class SchemaContractTest {

    private static final Path CONTRACT = Path.of("schema", "schema.graphql");

    @Test
    void shouldServeExactlyThePublishedSchema() throws IOException {
        String live = given().auth().oauth2(Tokens.of("admin"))
                .when().get("/graphql/schema.graphql")
                .then().statusCode(200)
                .extract().asString();
        if (Boolean.getBoolean("tonghu.schema.write")) {
            Files.writeString(CONTRACT, live, StandardCharsets.UTF_8);
        }
        String published = Files.exists(CONTRACT) ? Files.readString(CONTRACT, StandardCharsets.UTF_8) : "";
        assertEquals(published, live, "The live GraphQL schema differs from schema/schema.graphql. If the change is "
                + "intended, run: ./mvnw test -Dtest=SchemaContractTest -Dtonghu.schema.write=true,"
                + " and commit the file.");
    }

    @Test
    void shouldPublishAContractThatIsValidOnItsOwn() throws IOException {
        // every type it names is declared in it (the custom scalars too): a client's tools can build the schema from
        // the file alone
        TypeDefinitionRegistry types = new SchemaParser().parse(Files.readString(CONTRACT, StandardCharsets.UTF_8));
        GraphQLSchema schema = UnExecutableSchemaGenerator.makeUnExecutableSchema(types);
        for (String scalar : List.of("Date", "DateTime")) {
            assertTrue(schema.getType(scalar) instanceof GraphQLScalarType, scalar + " is declared as a scalar");
        }
        GraphQLObjectType pageInfo = schema.getObjectType("PageInfo");
        for (String field : List.of("hasNextPage", "hasPreviousPage", "startCursor", "endCursor")) {
            assertNotNull(pageInfo.getFieldDefinition(field), "PageInfo." + field + " (Relay)");
        }
    }
}

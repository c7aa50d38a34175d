package org.tonghu.graphql;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.tonghu.testing.LocalModeTestResource;
import org.tonghu.testing.Tokens;

import graphql.language.AbstractDescribedNode;
import graphql.language.EnumTypeDefinition;
import graphql.language.FieldDefinition;
import graphql.language.InputObjectTypeDefinition;
import graphql.language.InputValueDefinition;
import graphql.language.InterfaceTypeDefinition;
import graphql.language.ObjectTypeDefinition;
import graphql.language.TypeDefinition;
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

    @Test
    void shouldDescribeEveryTypeFieldArgumentAndEnumValue() throws IOException {
        // the same demand as SchemaLintTest's linter, on a machine without Node.js: a third-party developer reads
        // what each member means in the contract itself
        TypeDefinitionRegistry types = new SchemaParser().parse(Files.readString(CONTRACT, StandardCharsets.UTF_8));
        List<String> undescribed = new ArrayList<>();
        for (TypeDefinition<?> type : types.types().values()) {
            String name = type.getName();
            if (type instanceof AbstractDescribedNode<?> described) {
                check(described, "type " + name, undescribed);
            }
            List<FieldDefinition> fields = type instanceof ObjectTypeDefinition object ? object.getFieldDefinitions()
                    : type instanceof InterfaceTypeDefinition face ? face.getFieldDefinitions() : List.of();
            for (FieldDefinition field : fields) {
                check(field, "field " + name + "." + field.getName(), undescribed);
                for (InputValueDefinition argument : field.getInputValueDefinitions()) {
                    check(argument, "argument " + name + "." + field.getName() + "(" + argument.getName() + ")",
                            undescribed);
                }
            }
            if (type instanceof InputObjectTypeDefinition input) {
                input.getInputValueDefinitions().forEach(value -> check(value,
                        "input field " + name + "." + value.getName(), undescribed));
            }
            if (type instanceof EnumTypeDefinition enumeration) {
                enumeration.getEnumValueDefinitions().forEach(value -> check(value,
                        "enum value " + name + "." + value.getName(), undescribed));
            }
        }
        types.scalars().values().stream().filter(scalar -> !types.types().containsKey(scalar.getName()))
                .filter(scalar -> scalar.getSourceLocation() != null)
                .forEach(scalar -> check(scalar, "scalar " + scalar.getName(), undescribed));
        assertTrue(undescribed.isEmpty(), undescribed.size() + " members of schema/schema.graphql have no "
                + "description; give each an @Description and regenerate the contract:\n" + String.join("\n",
                        undescribed));
    }

    private static void check(AbstractDescribedNode<?> node, String member, List<String> undescribed) {
        if (node.getDescription() == null || node.getDescription().getContent().isBlank()) {
            undescribed.add(member);
        }
    }
}

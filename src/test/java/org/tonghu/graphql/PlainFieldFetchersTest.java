package org.tonghu.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.Scalars;
import graphql.schema.DataFetcher;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import io.smallrye.graphql.execution.datafetcher.FieldDataFetcher;
import io.smallrye.graphql.schema.model.Field;
import io.smallrye.graphql.schema.model.Reference;
import io.smallrye.graphql.schema.model.ReferenceType;
import io.smallrye.graphql.schema.model.Type;

/**
 * SmallRye's plain-field fetchers are replaced, and the replacements read the value and transform it as SmallRye does
 * (a LocalDate to its ISO text). SmallRye's own fetchers cannot run outside a SmallRye request to compare with; the
 * graph's tests (the schema contract, every query's answers) do that for the real schema.
 */
class PlainFieldFetchersTest {

    public record Item(String name, LocalDate day) {
    }

    @Test
    void shouldReplaceSmallRyesFieldFetchersAndReadAndTransformTheSameValues() {
        Type owner = new Type(Item.class.getName(), "Item", null);
        GraphQLObjectType item = GraphQLObjectType.newObject().name("Item")
                .field(GraphQLFieldDefinition.newFieldDefinition().name("name").type(Scalars.GraphQLString))
                .field(GraphQLFieldDefinition.newFieldDefinition().name("day").type(Scalars.GraphQLString))
                .build();
        GraphQLObjectType query = GraphQLObjectType.newObject().name("Query")
                .field(GraphQLFieldDefinition.newFieldDefinition().name("item").type(item)).build();
        GraphQLCodeRegistry registry = GraphQLCodeRegistry.newCodeRegistry()
                .dataFetcher(FieldCoordinates.coordinates("Query", "item"),
                        (DataFetcher<?>) environment -> new Item("童护", LocalDate.of(2026, 12, 2)))
                .dataFetcher(FieldCoordinates.coordinates("Item", "name"), new FieldDataFetcher<>(
                        field("name", String.class), owner, owner))
                .dataFetcher(FieldCoordinates.coordinates("Item", "day"), new FieldDataFetcher<>(
                        field("day", LocalDate.class), owner, owner))
                .build();
        GraphQLSchema smallRyes = GraphQLSchema.newSchema().query(query).codeRegistry(registry).build();

        GraphQLSchema lean = PlainFieldFetchers.apply(smallRyes);

        for (String name : new String[] { "name", "day" }) {
            FieldCoordinates coordinates = FieldCoordinates.coordinates("Item", name);
            assertInstanceOf(PlainFieldFetchers.PlainFieldFetcher.class,
                    lean.getCodeRegistry().getDataFetcher(coordinates, item.getFieldDefinition(name)));
        }
        ExecutionResult after = GraphQL.newGraphQL(lean).build().execute("{ item { name day } }");
        assertTrue(after.getErrors().isEmpty(), () -> after.getErrors().toString());
        assertEquals(Map.of("item", Map.of("name", "童护", "day", "2026-12-02")), after.getData());
    }

    private static Field field(String name, Class<?> javaType) {
        Reference reference = new Reference.Builder().className(javaType.getName()).name("String")
                .type(ReferenceType.SCALAR).graphQLClassName(String.class.getName()).build();
        return new Field(name, name, name, reference);
    }
}

package org.tonghu.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tonghu.testing.NodeTools;
import org.tonghu.testing.Programs;

/**
 * Runs graphql-schema-linter (npm, pinned in {@code src/test/node}) over the published contract
 * {@code schema/schema.graphql} with the rules stated in {@code src/test/node/.graphql-schema-linterrc}: every type,
 * field, argument, input field and enum value has a description, plus the linter's naming, ordering and Relay rules.
 * A failure prints the linter's findings, one schema member a line. {@code SchemaContractTest} checks the
 * descriptions again without Node.js.
 */
class SchemaLintTest {

    private static final String LINTER = "node_modules/graphql-schema-linter/lib/cli.js";
    private static final Path CONFIGURATION = NodeTools.HOME.resolve(".graphql-schema-linterrc");

    @Test
    void shouldPassTheSchemaLinter() throws IOException, InterruptedException {
        Path contract = Path.of("schema", "schema.graphql").toAbsolutePath();
        Programs.Run lint = lint(contract);
        assertEquals(0, lint.exitStatus(), "graphql-schema-linter finds problems in schema/schema.graphql (rules: "
                + CONFIGURATION + "). Describe each member it names with @Description (SmallRye), regenerate the "
                + "contract (SchemaContractTest with -Dtonghu.schema.write=true) and run again:\n" + lint.output());
    }

    @Test
    void shouldRequireDescriptionsOfEveryMember() throws IOException {
        String configuration = Files.readString(CONFIGURATION, StandardCharsets.UTF_8);
        for (String rule : List.of("types-have-descriptions", "fields-have-descriptions",
                "arguments-have-descriptions", "enum-values-have-descriptions",
                "input-object-values-have-descriptions")) {
            assertTrue(configuration.contains('"' + rule + '"'), rule + " is one of the configured rules");
        }
    }

    @Test
    void shouldReportAMemberWithoutDescription() throws IOException, InterruptedException {
        Path schema = Files.createTempFile("tonghu-lint-", ".graphql");
        try {
            Files.writeString(schema, """
                    "The root query."
                    type Query {
                      "Described."
                      described: Int
                      undescribed: Int
                    }
                    """, StandardCharsets.UTF_8);
            Programs.Run lint = lint(schema);
            assertNotEquals(0, lint.exitStatus(), lint.output());
            assertTrue(lint.output().contains("Query.undescribed"), lint.output());
            assertTrue(lint.output().contains("fields-have-descriptions"), lint.output());
            assertTrue(!lint.output().contains("Query.described`"), lint.output());
        } finally {
            Files.deleteIfExists(schema);
        }
    }

    private static Programs.Run lint(Path schema) throws IOException, InterruptedException {
        return NodeTools.node(Map.of(), LINTER, "--config-directory", ".", "--format", "compact", schema.toString());
    }
}

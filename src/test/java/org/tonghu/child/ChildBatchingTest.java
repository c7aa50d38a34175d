package org.tonghu.child;

import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tonghu.testing.GraphQLClient.run;

import org.junit.jupiter.api.Test;
import org.tonghu.testing.LocalModeTestResource;
import org.tonghu.testing.SqlStatementCounter;
import org.tonghu.testing.Tokens;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Nested edges are resolved level by level in batches: the statement count does not grow with the page. */
@QuarkusTest
@QuarkusTestResource(LocalModeTestResource.class)
class ChildBatchingTest {

    @Test
    void shouldCostTheSameNumberOfStatementsForTwoChildrenAsForThree() {
        String token = Tokens.of("county.officer");
        run(token, "child/childrenNested", "first", 1).body("errors", nullValue()); // warm-up
        SqlStatementCounter.reset();
        run(token, "child/childrenNested", "first", 2)
                .body("errors", nullValue())
                .body("data.children.edges", hasSize(2));
        int forTwo = SqlStatementCounter.count();
        SqlStatementCounter.reset();
        run(token, "child/childrenNested", "first", 3)
                .body("errors", nullValue())
                .body("data.children.edges", hasSize(3));
        int forThree = SqlStatementCounter.count();
        // One statement per level, whatever the page size (a nested level already answered from the batch loader's
        // cache may even cost none): more children must never mean more statements.
        assertTrue(forThree <= forTwo, "statements for 2 children: " + forTwo + ", for 3: " + forThree);
        assertTrue(forTwo <= 15, "one query per level and three audit events: " + forTwo);
    }
}

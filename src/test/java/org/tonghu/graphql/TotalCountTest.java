package org.tonghu.graphql;

import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tonghu.testing.GraphQLClient.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tonghu.testing.LocalModeTestResource;
import org.tonghu.testing.SqlStatementCounter;
import org.tonghu.testing.Tokens;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A connection's totalCount equals the rows its pages hold (same filters, same scope), and costs exactly one statement
 * when selected and none when not.
 */
@QuarkusTest
@QuarkusTestResource(LocalModeTestResource.class)
class TotalCountTest {

    @Test
    void shouldCountTheChildrenThePagesHoldInTheCallersScope() {
        assertCountMatchesPages(Tokens.of("county.officer"), "children", Map.of());
        assertCountMatchesPages(Tokens.of("village.director"), "children", Map.of());
        assertCountMatchesPages(Tokens.of("county.officer"), "children",
                Map.of("filter", Map.of("categories", List.of("DISABLED"))));
    }

    @Test
    void shouldCountOtherConnectionsWhereItIsCheap() {
        assertCountMatchesPages(Tokens.of("city.officer"), "organizations", Map.of());
        assertCountMatchesPages(Tokens.of("city.officer"), "organizations", Map.of("kind", "SCHOOL"));
        assertCountMatchesPages(Tokens.of("womens.federation"), "volunteers", Map.of());
        assertCountMatchesPages(Tokens.of("city.officer"), "harborSites", Map.of());
        assertCountMatchesPages(Tokens.of("county.officer"), "notifications", Map.of());
    }

    @Test
    void shouldCountInAFragmentUnderAnAlias() {
        int counted = run(Tokens.of("village.director"), "totalcount/childrenCountedInFragment", "first", 1)
                .body("errors", nullValue()).extract().path("data.children.howMany");
        int paged = pageThrough(Tokens.of("village.director"), "children", Map.of()).size();
        assertEquals(paged, counted);
    }

    @Test
    void shouldCostOneStatementWhenSelectedAndNoneWhenNot() {
        String token = Tokens.of("county.officer");
        run(token, "totalcount/childrenUncounted", "first", 5).body("errors", nullValue()); // warm-up
        run(token, "totalcount/children", "first", 5).body("errors", nullValue());
        SqlStatementCounter.reset();
        run(token, "totalcount/childrenUncounted", "first", 5).body("errors", nullValue());
        int without = SqlStatementCounter.count();
        SqlStatementCounter.reset();
        run(token, "totalcount/children", "first", 5).body("errors", nullValue());
        int with = SqlStatementCounter.count();
        assertEquals(without + 1, with, "statements without totalCount: " + without + ", with: " + with);
    }

    /** Reads the total from the first page, pages through the whole list, and compares. */
    private static void assertCountMatchesPages(String token, String field, Map<String, Object> variables) {
        Integer total = run(token, "totalcount/" + field, arguments(variables, 1, null))
                .body("errors", nullValue()).extract().path("data." + field + ".totalCount");
        List<String> ids = pageThrough(token, field, variables);
        assertEquals(ids.size(), total, field + " " + variables + ": totalCount against the rows of its pages");
        assertTrue(total > 0, field + " " + variables + ": the demo data hold some rows to count");
        assertTrue(ids.stream().distinct().count() == ids.size(), "pages do not repeat rows");
    }

    private static List<String> pageThrough(String token, String field, Map<String, Object> variables) {
        List<String> ids = new ArrayList<>();
        String after = null;
        for (int pages = 0; pages < 200; pages++) {
            var page = run(token, "totalcount/" + field, arguments(variables, PageRequest.MAX_FIRST, after))
                    .body("errors", nullValue()).extract();
            ids.addAll(page.path("data." + field + ".edges.node.id"));
            if (!Boolean.TRUE.equals(page.path("data." + field + ".pageInfo.hasNextPage"))) {
                return ids;
            }
            after = page.path("data." + field + ".pageInfo.endCursor");
        }
        throw new AssertionError(field + " holds more than 200 pages");
    }

    private static Object[] arguments(Map<String, Object> variables, int first, String after) {
        List<Object> arguments = new ArrayList<>();
        variables.forEach((name, value) -> {
            arguments.add(name);
            arguments.add(value);
        });
        arguments.add("first");
        arguments.add(first);
        if (after != null) {
            arguments.add("after");
            arguments.add(after);
        }
        return arguments.toArray();
    }
}

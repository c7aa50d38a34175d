package org.tonghu.openstatistics;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tonghu.testing.GraphQLClient.run;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tonghu.testing.Database;
import org.tonghu.testing.GraphQLClient;
import org.tonghu.testing.LocalModeTestResource;
import org.tonghu.testing.SqlStatementCounter;
import org.tonghu.testing.Tokens;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Open statistics of a township made for this test (three villages of 高平市, 140581980): village 201 has 12 children
 * (7 left-behind, 5 orphans), 202 has 3 left-behind, 203 has 6 left-behind; one more child of 201, seriously ill, was
 * on the register from June to December 2024 only.
 */
@QuarkusTest
@QuarkusTestResource(LocalModeTestResource.class)
class OpenStatisticsTest {

    static final String TOWNSHIP = "140581980000";
    static final String VILLAGE_A = "140581980201";
    static final String VILLAGE_B = "140581980202";
    static final String VILLAGE_C = "140581980203";
    static final String CHILD_NAME = "统计测试童";

    @BeforeAll
    static void registerTheTownship() throws SQLException {
        Database.execute("insert into region (code, name, parent_code) values ('" + TOWNSHIP + "', '统计测试镇', "
                + "'140581000000'), ('" + VILLAGE_A + "', '统计甲村', '" + TOWNSHIP + "'), ('" + VILLAGE_B
                + "', '统计乙村', '" + TOWNSHIP + "'), ('" + VILLAGE_C + "', '统计丙村', '" + TOWNSHIP + "') "
                + "on conflict (code) do nothing");
        if (Database.execute("update child set name = name where residence_village_code like '140581980%'") > 0) {
            return;
        }
        register(VILLAGE_A, 7, List.of("LEFT_BEHIND"), null);
        register(VILLAGE_A, 5, List.of("ORPHAN"), null);
        register(VILLAGE_B, 3, List.of("LEFT_BEHIND"), null);
        register(VILLAGE_C, 6, List.of("LEFT_BEHIND"), null);
        register(VILLAGE_A, 1, List.of("SERIOUSLY_ILL"), "2024-12-15");
    }

    private static void register(String village, int children, List<String> categories, String closedOn)
            throws SQLException {
        for (int i = 0; i < children; i++) {
            String id = java.util.UUID.randomUUID().toString();
            Database.execute("insert into child (id, name, gender, birth_date, residence_village_code, risk_level, "
                    + "school_status, status, closed_reason, closed_on, registered_on) values ('" + id + "', '"
                    + CHILD_NAME + "', 'FEMALE', date '2015-03-01', '" + village + "', 'STANDARD', 'IN_SCHOOL', "
                    + (closedOn == null ? "'ACTIVE', null, null" : "'CLOSED', 'MOVED_AWAY', date '" + closedOn + "'")
                    + ", date '2024-06-01')");
            for (String category : categories) {
                Database.execute("insert into child_category (child_id, category) values ('" + id + "', '" + category
                        + "')");
            }
        }
    }

    @Test
    void shouldSuppressTheThreeAndTheCellsThatWouldGiveItAway() {
        JsonPath table = graph(Tokens.of("village.director"), TOWNSHIP, "2025");
        assertEquals("统计测试镇", table.getString("regionName"));
        assertEquals("2025-12-31", table.getString("asOf"));
        assertEquals(5, table.getInt("threshold"));
        assertEquals(List.of(VILLAGE_A, VILLAGE_B, VILLAGE_C), table.getList("rows.regionCode"));
        // village A shows: 12 children, 7 left-behind, 5 orphans, 0 of the rest
        assertEquals(shown(12), count(table, "rows[0].children"));
        assertEquals(shown(7), category(table, "rows[0]", "LEFT_BEHIND"));
        assertEquals(shown(5), category(table, "rows[0]", "ORPHAN"));
        assertEquals(shown(0), category(table, "rows[0]", "DISABLED"));
        // village B's 3 (primary) and village C's 6 (secondary: B = total - A - C otherwise)
        for (int row : new int[] { 1, 2 }) {
            assertEquals(hidden(), count(table, "rows[" + row + "].children"), "row " + row);
            assertEquals(hidden(), category(table, "rows[" + row + "]", "LEFT_BEHIND"), "row " + row);
        }
        assertEquals(shown(0), category(table, "rows[1]", "ORPHAN"));
        // the totals are the sums of the detail they total, and stay shown (two cells hide under each)
        assertEquals(shown(21), count(table, "total.children"));
        assertEquals(shown(16), category(table, "total", "LEFT_BEHIND"));
        assertEquals(shown(5), category(table, "total", "ORPHAN"));
        assertEquals(shown(0), category(table, "total", "SERIOUSLY_ILL"), "closed in 2024");
    }

    @Test
    void shouldCascadeSecondarySuppressionAndCountTheChildrenInCareAtThePeriodsEnd() {
        JsonPath table = graph(Tokens.partnerApp(), TOWNSHIP, "2024-Q3");
        assertEquals("2024-09-30", table.getString("asOf"));
        assertEquals(shown(13), count(table, "rows[0].children"), "the seriously ill child was in care then");
        assertEquals(hidden(), category(table, "rows[0]", "SERIOUSLY_ILL"), "a 1 (primary)");
        assertEquals(hidden(), category(table, "total", "SERIOUSLY_ILL"), "its total, a 1 too");
        assertEquals(hidden(), category(table, "rows[0]", "ORPHAN"), "the row's next-smallest, 5 (secondary)");
        assertEquals(hidden(), category(table, "total", "ORPHAN"), "then the orphans' total: no other village has one");
        assertEquals(shown(22), count(table, "total.children"));
    }

    @Test
    void shouldAnswerEveryTableWithTotalsThatAddUpAndNoLineGivingOneCellAway() {
        for (String region : List.of("140000000000", "140500000000", "140581000000", TOWNSHIP)) {
            JsonPath table = graph(Tokens.of("village.director"), region, "2025");
            List<String> columns = table.getList("total.byCategory.category");
            for (int c = -1; c < columns.size(); c++) {
                String cell = c < 0 ? "children" : "byCategory[" + c + "].children";
                int rows = table.getList("rows").size();
                int sum = 0;
                int hidden = 0;
                for (int r = 0; r < rows; r++) {
                    Map<String, Object> count = table.getMap("rows[" + r + "]." + cell);
                    if ((Boolean) count.get("suppressed")) {
                        hidden++;
                    } else {
                        int value = (Integer) count.get("count");
                        assertTrue(value == 0 || value >= 5, region + " shows no small count: " + value);
                        sum += value;
                    }
                }
                Map<String, Object> total = table.getMap("total." + cell);
                hidden += (Boolean) total.get("suppressed") ? 1 : 0;
                assertTrue(hidden != 1, region + " " + cell + ": one hidden cell would be given away");
                if (hidden == 0) {
                    assertEquals(sum, total.get("count"), region + " " + cell + ": the total is the sum of its rows");
                }
            }
        }
    }

    @Test
    void shouldAnswerTheSameTableWithoutSignInAndHoldNoPersonalData() {
        String body = given().when().get("/open/statistics?region=" + TOWNSHIP + "&period=2025")
                .then().statusCode(200).contentType("application/json").extract().asString();
        JsonPath open = JsonPath.from(body);
        JsonPath graph = graph(Tokens.of("county.officer.yangcheng"), TOWNSHIP, "2025");
        assertEquals(graph.getMap(""), open.getMap(""), "the JSON endpoint answers the graph's table");
        assertFalse(body.contains(CHILD_NAME), "no child's name");
        assertFalse(body.matches("(?s).*[0-9a-f]{8}-[0-9a-f]{4}-.*"), "no ids");
        assertEquals(Set.of("regionCode", "regionName", "period", "asOf", "threshold", "rows", "total"),
                open.getMap("").keySet());
        assertEquals(Set.of("regionCode", "regionName", "children", "byCategory"), open.getMap("rows[0]").keySet());
    }

    @Test
    void shouldCostOneStatementWhateverTheNumberOfRows() {
        for (String region : List.of(TOWNSHIP, "140500000000", "140000000000")) {
            SqlStatementCounter.reset();
            given().when().get("/open/statistics?region=" + region + "&period=2025").then().statusCode(200);
            assertEquals(1, SqlStatementCounter.count(), region);
        }
        String token = Tokens.partnerApp();
        graph(token, TOWNSHIP, "2025");
        SqlStatementCounter.reset();
        graph(token, "140500000000", "2025");
        int forCity = SqlStatementCounter.count();
        SqlStatementCounter.reset();
        graph(token, TOWNSHIP, "2025");
        assertEquals(forCity, SqlStatementCounter.count(), "a city's six counties cost what three villages cost");
    }

    @Test
    void shouldRefuseWhatIsNotARegionAboveAVillageOrABegunPeriod() {
        refused(VILLAGE_A, "2025", 400, "REGION_WRONG_LEVEL");
        refused("1405", "2025", 400, "INVALID_REGION_CODE");
        refused(TOWNSHIP, "2025-Q5", 400, "PERIOD_INVALID");
        refused(TOWNSHIP, "1999", 400, "PERIOD_INVALID");
        refused(TOWNSHIP, "2999", 400, "PERIOD_IN_FUTURE");
        given().when().get("/open/statistics?region=140599000000&period=2025").then().statusCode(404)
                .body("code", equalTo("REGION_NOT_FOUND"));
        run(Tokens.of("village.director"), "openstatistics/openStatistics", "regionCode", VILLAGE_A, "period", "2025")
                .body("data", nullValue()).body("errors[0].extensions.code", equalTo("VALIDATION_FAILED"))
                .body("errors[0].extensions.problems[0].code", equalTo("REGION_WRONG_LEVEL"));
        GraphQLClient.post(null, GraphQLClient.document("openstatistics/openStatistics"), "regionCode", TOWNSHIP,
                "period", "2025").statusCode(401);
    }

    private static void refused(String region, String period, int status, String code) {
        given().when().get("/open/statistics?region=" + region + "&period=" + period).then().statusCode(status)
                .body("code", equalTo("VALIDATION_FAILED")).body("problems", hasSize(1))
                .body("problems[0].code", equalTo(code));
    }

    private static JsonPath graph(String token, String region, String period) {
        String body = run(token, "openstatistics/openStatistics", "regionCode", region, "period", period)
                .body("errors", nullValue()).extract().asString();
        return JsonPath.from(body).setRootPath("data.openStatistics");
    }

    private static Map<String, Object> count(JsonPath table, String path) {
        return table.getMap(path);
    }

    private static Map<String, Object> category(JsonPath table, String row, String category) {
        return table.getMap(row + ".byCategory.find { it.category == '" + category + "' }.children");
    }

    private static Map<String, Object> shown(int count) {
        return Map.of("count", count, "suppressed", false);
    }

    private static Map<String, Object> hidden() {
        Map<String, Object> hidden = new java.util.HashMap<>();
        hidden.put("count", null);
        hidden.put("suppressed", true);
        return hidden;
    }
}

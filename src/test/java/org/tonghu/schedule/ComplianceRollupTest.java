package org.tonghu.schedule;

import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tonghu.testing.GraphQLClient.run;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.tonghu.security.AccessScope;
import org.tonghu.testing.Database;
import org.tonghu.testing.LocalModeTestResource;
import org.tonghu.testing.Tokens;
import org.tonghu.time.ChinaTime;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The compliance roll-up (visit_compliance_month) against counting directly: after a build, and after every kind of
 * write the triggers must follow (visits recorded late and corrected, children registered in the past, moved to
 * another village, closed on a past day, their risk level changed on a past day), for every kept month judged both
 * ways; the rows kept by the triggers equal a fresh build; a policy change unbuilds it (reports count directly) until
 * the job builds it again. Beside it, the other counts the triggers keep: open files per village and per village and
 * category, and each schedule's copy of its child's village.
 */
@QuarkusTest
@QuarkusTestResource(LocalModeTestResource.class)
class ComplianceRollupTest {

    static final String TOWNSHIP = "140521970000";
    static final String VILLAGE_A = "140521970201";
    static final String VILLAGE_B = "140521970202";
    static final AccessScope PROVINCE = new AccessScope(Optional.of("14"), Optional.empty());
    private static final Map<String, String> CHILDREN = new HashMap<>();

    @Inject
    ScheduleStore store;

    @Inject
    ComplianceRollupJob job;

    @Inject
    ComplianceRollupConfig config;

    /** Four children of the township with visits over the last year and a half. */
    static synchronized Map<String, String> loadFixtures() {
        Map<String, String> children = CHILDREN;
        if (!children.isEmpty()) {
            return children;
        }
        run(Tokens.of("admin"), "region/importRegions", "csv",
                "code,name,parent_code\n" + TOWNSHIP + ",汇总测试镇,140521000000\n"
                + VILLAGE_A + ",汇总测试甲村," + TOWNSHIP + "\n" + VILLAGE_B + ",汇总测试乙村," + TOWNSHIP + "\n")
                .body("errors", nullValue());
        String county = Tokens.of("county.officer");
        children.put("a", WorkListAndComplianceTest.child(county, VILLAGE_A, monthsAgo(30, 3), List.of()));
        children.put("b", WorkListAndComplianceTest.child(county, VILLAGE_A, monthsAgo(14, 20), List.of()));
        children.put("c", WorkListAndComplianceTest.child(county, VILLAGE_B, monthsAgo(20, 1),
                List.of("CHILD_DISABILITY")));
        children.put("d", WorkListAndComplianceTest.child(county, VILLAGE_B, monthsAgo(2, 9), List.of()));
        for (int m = 16; m >= 1; m -= 2) {
            WorkListAndComplianceTest.visit(county, children.get("a"), m % 3 == 1 ? "HOME_VISIT" : "CONTACT",
                    m % 3 == 1 ? null : "PHONE", monthsAgo(m, 12));
        }
        for (int m = 12; m >= 5; m -= 3) {
            WorkListAndComplianceTest.visit(county, children.get("b"), "HOME_VISIT", null, monthsAgo(m, 28));
        }
        WorkListAndComplianceTest.visit(county, children.get("c"), "HOME_VISIT", null, monthsAgo(7, 1));
        WorkListAndComplianceTest.visit(county, children.get("c"), "CONTACT", "VIDEO", monthsAgo(1, 15));
        run(county, "visit/recordVisit", "childId", children.get("d"), "input", Map.of("kind", "CONTACT",
                "contactMode", "PHONE", "visitedAt", ChinaTime.now().minusMinutes(1).truncatedTo(ChronoUnit.SECONDS)
                .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)))
                .body("errors", nullValue());
        return children;
    }

    @Test
    void shouldKeepTheRollupEqualToCountingDirectlyThroughEveryKindOfWrite() throws Exception {
        Map<String, String> children = loadFixtures();
        job.build();
        assertRollupMatchesDirectCount("after the build");

        String county = Tokens.of("county.officer");
        // visits recorded late, one of them corrected to another day and kind
        WorkListAndComplianceTest.visit(county, children.get("b"), "CONTACT", "PHONE", monthsAgo(3, 5));
        String late = run(county, "visit/recordVisit", "childId", children.get("d"), "input",
                Map.of("kind", "HOME_VISIT", "visitedAt", monthsAgo(1, 2) + "T10:00:00+08:00"))
                .body("errors", nullValue()).extract().path("data.recordVisit.visit.id");
        run(county, "visit/correctVisit", "id", late, "expectedVersion", 0, "input",
                Map.of("kind", "CONTACT", "contactMode", "PHONE", "visitedAt", monthsAgo(2, 20) + "T10:00:00+08:00"),
                "reason", "日期记错").body("errors", nullValue());
        // a child registered long ago, entered after the build, with a visit
        String e = WorkListAndComplianceTest.child(county, VILLAGE_B, monthsAgo(26, 14), List.of());
        WorkListAndComplianceTest.visit(county, e, "HOME_VISIT", null, monthsAgo(9, 9));
        // changes by any writer: moved, closed on a past day, high-risk since a past day, registered earlier
        try (Connection connection = Database.asService(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("update child set residence_village_code = '" + VILLAGE_B + "' where id = '"
                    + children.get("a") + "'");
            statement.executeUpdate("update child set status = 'CLOSED', closed_reason = 'MOVED_AWAY', closed_on = '"
                    + monthsAgo(4, 10) + "' where id = '" + children.get("b") + "'");
            statement.executeUpdate("update child set risk_level = 'HIGH' where id = '" + children.get("d") + "'");
            statement.executeUpdate("update child set risk_level_since = '" + monthsAgo(1, 5) + "' where id = '"
                    + children.get("d") + "'");
            statement.executeUpdate("update child set registered_on = '" + monthsAgo(22, 1) + "' where id = '"
                    + children.get("c") + "'");
            // a partner's visit is kept in the file but counts for nothing
            statement.executeUpdate("insert into visit (id, child_id, kind, contact_mode, visited_at, visited_on,"
                    + " visitor_role, visitor_name, visitor_subject) values (gen_random_uuid(), '" + children.get("c")
                    + "', 'HOME_VISIT', 'IN_HOME', now(), current_date - 40, 'PARTNER_STAFF', '社工', 'test')");
        }
        assertRollupMatchesDirectCount("after the writes");
        try (Connection connection = Database.asService(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("insert into child_category (child_id, category) values ('" + children.get("c")
                    + "', 'ORPHAN'), ('" + children.get("b") + "', 'ORPHAN')");
            statement.executeUpdate("delete from child_category where category = 'LEFT_BEHIND' and child_id = '"
                    + children.get("d") + "'");
        }
        assertEquals(query("select c.residence_village_code || '/' || count(*) || '/' || count(*) filter (where"
                + " c.risk_level = 'HIGH') from child c where c.status = 'ACTIVE' and c.residence_village_code like"
                + " '14052197%' group by c.residence_village_code order by 1"),
                query("select village_code || '/' || open_files || '/' || high_risk from village_child_count"
                        + " where village_code like '14052197%' and open_files > 0 order by 1"),
                "the open files per village kept by the triggers");
        assertEquals(query("select c.residence_village_code || '/' || cc.category || '/' || count(*) from child c"
                + " join child_category cc on cc.child_id = c.id where c.status = 'ACTIVE' and"
                + " c.residence_village_code like '14052197%' group by c.residence_village_code, cc.category"
                + " order by 1"),
                query("select village_code || '/' || category || '/' || open_files from village_category_count"
                        + " where village_code like '14052197%' and open_files > 0 order by 1"),
                "the open files per village and category kept by the triggers");
        assertEquals(List.of(), query("select s.child_id::text from visit_schedule s join child c on c.id = s.child_id"
                + " where s.village_code is distinct from c.residence_village_code"),
                "every schedule knows its child's village");

        Map<String, List<Integer>> kept = rows();
        try (Connection connection = Database.asService(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("update visit_compliance_build set through_month = null where village_code like '"
                    + TOWNSHIP.substring(0, 9) + "%'");
        }
        job.build();
        assertEquals(rows(), kept, "the rows the triggers kept are those a new build counts");
    }

    @Test
    void shouldCountDirectlyAfterAPolicyChangeUntilTheJobBuildsAgain() throws Exception {
        loadFixtures();
        job.build();
        int lastMonth = ComplianceService.month(ChinaTime.today()) - 1;
        assertTrue(rolledUp(TOWNSHIP.substring(0, 9), 12, lastMonth, false).isPresent(), "built");
        String province = Tokens.of("province.officer");
        int version = run(province, "schedule/visitPolicies").extract()
                .path("data.visitPolicies.find { it.riskLevel == 'STANDARD' }.version");
        run(province, "schedule/updateVisitPolicy", "riskLevel", "STANDARD", "expectedVersion", version, "contact", 2,
                "homeVisit", 6).body("errors", nullValue());
        try {
            assertTrue(rolledUp(TOWNSHIP.substring(0, 9), 12, lastMonth, false).isEmpty(), "unbuilt by the change");
            YearMonth previous = YearMonth.from(ChinaTime.today()).minusMonths(1);
            JsonPath report = run(Tokens.of("county.officer"), "schedule/visitCompliance", "regionCode", TOWNSHIP,
                    "period", Map.of("year", previous.getYear(), "month", previous.getMonthValue()))
                    .body("errors", nullValue()).extract().jsonPath();
            ScheduleStore.ComplianceCounts direct = direct(TOWNSHIP.substring(0, 9), 9, lastMonth, false).values()
                    .stream().findFirst().orElseThrow();
            assertEquals(direct.contactOnTime(), report.getInt("data.visitCompliance.total.contactOnTime"));
            assertEquals(direct.homeVisitOnTime(), report.getInt("data.visitCompliance.total.homeVisitOnTime"));
            job.build();
            assertRollupMatchesDirectCount("rebuilt under the new policy");
        } finally {
            run(province, "schedule/updateVisitPolicy", "riskLevel", "STANDARD", "expectedVersion", version + 1,
                    "contact", 1, "homeVisit", 3).body("errors", nullValue());
            job.build();
        }
    }

    /** Every kept month of the township by village, and a few of the county by township, judged both ways. */
    private void assertRollupMatchesDirectCount(String when) {
        int current = ComplianceService.month(ChinaTime.today());
        for (int month = current - config.monthsKept(); month <= current; month++) {
            for (boolean within : new boolean[] { true, false }) {
                if (!within && month == current) {
                    continue;
                }
                assertEquals(direct(TOWNSHIP.substring(0, 9), 12, month, within),
                        nonZero(rolledUp(TOWNSHIP.substring(0, 9), 12, month, within)
                                .orElseThrow(() -> new AssertionError(when + ": not built"))),
                        when + ": month " + month + (within ? " judged in it" : " judged after"));
            }
        }
        for (int month : new int[] { current - 13, current - 1 }) {
            assertEquals(direct("140521", 9, month, false), nonZero(rolledUp("140521", 9, month, false).orElseThrow()),
                    when + ": the county, month " + month);
        }
        assertEquals(direct("14", 4, current, true), nonZero(rolledUp("14", 4, current, true).orElseThrow()),
                when + ": the province this month");
    }

    private Optional<List<ScheduleStore.ComplianceCounts>> rolledUp(String prefix, int groupLength, int month,
            boolean within) {
        return QuarkusTransaction.requiringNew().call(() -> store.rolledUpCompliance(PROVINCE, prefix, groupLength,
                month, within));
    }

    /** Counted directly as the report does it: through the month's end (today for this month), judged then. */
    private Map<String, ScheduleStore.ComplianceCounts> direct(String prefix, int groupLength, int month,
            boolean within) {
        LocalDate today = ChinaTime.today();
        LocalDate monthEnd = LocalDate.of(month / 12, month % 12 + 1, 1).plusMonths(1).minusDays(1);
        LocalDate countedThrough = monthEnd.isAfter(today) ? today : monthEnd;
        return nonZero(QuarkusTransaction.requiringNew().call(() -> store.compliance(PROVINCE, prefix, groupLength,
                countedThrough, within ? month : month + 1)));
    }

    private static Map<String, ScheduleStore.ComplianceCounts> nonZero(List<ScheduleStore.ComplianceCounts> counts) {
        Map<String, ScheduleStore.ComplianceCounts> byGroup = new TreeMap<>();
        counts.stream().filter(c -> c.children() != 0 || c.contactOnTime() != 0 || c.homeVisitOnTime() != 0
                || c.neverVisited() != 0).forEach(c -> byGroup.put(c.groupPrefix(), c));
        return byGroup;
    }

    /** The township's roll-up rows, zero rows left out. */
    private static Map<String, List<Integer>> rows() throws SQLException {
        Map<String, List<Integer>> rows = new TreeMap<>();
        try (Connection connection = Database.asService(); Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("select * from visit_compliance_month where village_code"
                        + " like '" + TOWNSHIP.substring(0, 9) + "%' and (children, never_visited,"
                        + " contact_on_time_within, home_visit_on_time_within, contact_on_time_after,"
                        + " home_visit_on_time_after) <> (0, 0, 0, 0, 0, 0)")) {
            while (result.next()) {
                rows.put(result.getString("village_code") + "/" + result.getInt("month"), List.of(
                        result.getInt("children"), result.getInt("never_visited"),
                        result.getInt("contact_on_time_within"), result.getInt("home_visit_on_time_within"),
                        result.getInt("contact_on_time_after"), result.getInt("home_visit_on_time_after")));
            }
        }
        return rows;
    }

    private static List<String> query(String sql) throws SQLException {
        List<String> values = new java.util.ArrayList<>();
        try (Connection connection = Database.asService(); Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            while (result.next()) {
                values.add(result.getString(1));
            }
        }
        return values;
    }

    /** A day of a month some months before this one (the month's last day when it is shorter). */
    static String monthsAgo(int months, int day) {
        YearMonth month = YearMonth.from(ChinaTime.today()).minusMonths(months);
        return month.atDay(Math.min(day, month.lengthOfMonth())).toString();
    }
}

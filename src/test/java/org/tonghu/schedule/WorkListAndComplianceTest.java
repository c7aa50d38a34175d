package org.tonghu.schedule;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tonghu.testing.GraphQLClient.run;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tonghu.testing.LocalModeTestResource;
import org.tonghu.testing.Tokens;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Work lists (order and scope) and visit compliance checked against a hand-computed township: five children in two
 * villages with visits in early 2025, judged for February 2025 and the first quarter of 2025, at the township and at
 * the county level.
 */
@QuarkusTest
@QuarkusTestResource(LocalModeTestResource.class)
class WorkListAndComplianceTest {

    static final String TOWNSHIP = "140521960000";
    static final String VILLAGE_A = "140521960201";
    static final String VILLAGE_B = "140521960202";
    private static boolean fixturesLoaded;

    /**
     * Village A: a standard child home-visited on 10 March; one contacted on 15 February only; one home-visited on 20
     * January only. Village B: a high-risk child home-visited on 5 March; one never visited; and one registered in
     * April (not yet in care in the first quarter). All registered on 1 December 2024 unless said otherwise.
     */
    static synchronized void loadFixtures() {
        if (fixturesLoaded) {
            return;
        }
        run(Tokens.of("admin"), "region/importRegions", "csv",
                "code,name,parent_code\n" + TOWNSHIP + ",合规测试镇,140521000000\n"
                + VILLAGE_A + ",合规测试甲村," + TOWNSHIP + "\n" + VILLAGE_B + ",合规测试乙村," + TOWNSHIP + "\n")
                .body("errors", nullValue());
        String county = Tokens.of("county.officer");
        String a = child(county, VILLAGE_A, "2024-12-01", List.of());
        String b = child(county, VILLAGE_A, "2024-12-01", List.of());
        String f = child(county, VILLAGE_A, "2024-12-01", List.of());
        String c = child(county, VILLAGE_B, "2024-12-01", List.of("CHILD_DISABILITY"));
        child(county, VILLAGE_B, "2024-12-01", List.of());
        child(county, VILLAGE_B, "2025-04-10", List.of());
        visit(county, a, "HOME_VISIT", null, "2025-03-10");
        visit(county, b, "CONTACT", "PHONE", "2025-02-15");
        visit(county, f, "HOME_VISIT", null, "2025-01-20");
        visit(county, c, "HOME_VISIT", null, "2025-03-05");
        fixturesLoaded = true;
    }

    static String child(String token, String village, String registeredOn, List<String> riskFactors) {
        return run(token, "child/createChild", "input", Map.of("name", "合规测试儿童", "gender", "MALE", "birthDate",
                "2015-02-01", "residenceVillageCode", village, "categories", List.of("LEFT_BEHIND"), "riskFactors",
                riskFactors, "schoolStatus", "IN_SCHOOL", "registeredOn", registeredOn))
                .body("errors", nullValue()).extract().path("data.createChild.id");
    }

    static void visit(String token, String child, String kind, String mode, String day) {
        Map<String, Object> input = new java.util.HashMap<>(Map.of("kind", kind, "visitedAt", day + "T10:00:00+08:00"));
        if (mode != null) {
            input.put("contactMode", mode);
        }
        run(token, "visit/recordVisit", "childId", child, "input", input).body("errors", nullValue());
    }

    @Test
    void shouldCountFebruaryAtTheTownshipAndItsVillages() {
        loadFixtures();
        JsonPath report = run(Tokens.of("county.officer"), "schedule/visitCompliance", "regionCode", TOWNSHIP,
                "period", Map.of("year", 2025, "month", 2))
                .body("errors", nullValue())
                .body("data.visitCompliance.periodEnd", equalTo("2025-02-28"))
                .body("data.visitCompliance.countedThrough", equalTo("2025-02-28"))
                .extract().jsonPath();
        assertRow(report, "data.visitCompliance.total", 5, 1, 1, 3);
        assertRow(report, "data.visitCompliance.byRegion[0]", 3, 1, 1, 1);
        assertRow(report, "data.visitCompliance.byRegion[1]", 2, 0, 0, 2);
        assertEquals(0.3333, report.getDouble("data.visitCompliance.byRegion[0].contactOnTimeShare"));
    }

    @Test
    void shouldCountTheFirstQuarterAtTheTownshipAndAtTheCounty() {
        loadFixtures();
        run(Tokens.of("township.supervisor"), "schedule/visitCompliance", "regionCode", TOWNSHIP, "period",
                Map.of("year", 2025, "quarter", 1))
                .body("errors[0].extensions.problems[0].code", equalTo("REGION_OUT_OF_SCOPE"));
        JsonPath report = run(Tokens.of("county.officer"), "schedule/visitCompliance", "regionCode", TOWNSHIP,
                "period", Map.of("year", 2025, "quarter", 1))
                .body("errors", nullValue())
                .body("data.visitCompliance.periodStart", equalTo("2025-01-01"))
                .body("data.visitCompliance.periodEnd", equalTo("2025-03-31"))
                .extract().jsonPath();
        assertRow(report, "data.visitCompliance.total", 5, 2, 3, 1);
        assertRow(report, "data.visitCompliance.byRegion[0]", 3, 1, 2, 0);
        assertRow(report, "data.visitCompliance.byRegion[1]", 2, 1, 1, 1);
        JsonPath countyReport = run(Tokens.of("county.officer"), "schedule/visitCompliance", "regionCode",
                "140521000000", "period", Map.of("year", 2025, "quarter", 1))
                .body("errors", nullValue()).extract().jsonPath();
        List<String> codes = countyReport.getList("data.visitCompliance.byRegion.regionCode");
        assertRow(countyReport, "data.visitCompliance.byRegion[" + codes.indexOf(TOWNSHIP) + "]", 5, 2, 3, 1);
        List<Integer> perTownship = countyReport.getList("data.visitCompliance.byRegion.children");
        assertEquals(countyReport.getInt("data.visitCompliance.total.children"),
                perTownship.stream().mapToInt(Integer::intValue).sum(), "the rows add up to the county");
    }

    @Test
    void shouldRefuseReportsOutsideTheJurisdictionOrWithABadPeriod() {
        run(Tokens.of("village.director"), "schedule/visitCompliance", "regionCode", TOWNSHIP, "period",
                Map.of("year", 2025, "month", 2))
                .body("errors[0].extensions.problems[0].code", equalTo("REGION_OUT_OF_SCOPE"));
        run(Tokens.of("county.officer"), "schedule/visitCompliance", "regionCode", TOWNSHIP, "period",
                Map.of("year", 2025, "month", 2, "quarter", 1))
                .body("errors[0].extensions.problems[0].code", equalTo("PERIOD_INVALID"));
        run(Tokens.of("county.officer"), "schedule/visitCompliance", "regionCode", TOWNSHIP, "period",
                Map.of("year", LocalDate.now().getYear() + 1))
                .body("errors[0].extensions.problems[0].code", equalTo("PERIOD_IN_FUTURE"));
        run(Tokens.of("womens.federation"), "schedule/visitCompliance", "regionCode", "140500000000", "period",
                Map.of("year", 2025))
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
    }

    @Test
    void shouldListTheMostUrgentChildrenFirst() {
        loadFixtures();
        // 40: the fixtures and the demo data give the county some 60 children when this test runs alone (more after
        // other tests), so a full page and a next one whatever ran before
        JsonPath list = run(Tokens.of("county.officer"), "schedule/myWorkList", "first", 40)
                .body("errors", nullValue())
                .body("data.myWorkList.edges", hasSize(40))
                .body("data.myWorkList.pageInfo.hasNextPage", equalTo(true))
                .body("data.myWorkList.edges.node.child.residenceVillageCode", everyItem(startsWith("140521")))
                .extract().jsonPath();
        List<String> due = list.getList("data.myWorkList.edges.node.schedule.contactDueOn");
        List<String> homeDue = list.getList("data.myWorkList.edges.node.schedule.homeVisitDueOn");
        List<String> urgency = list.getList("data.myWorkList.edges.node.schedule.urgency");
        String previous = "";
        boolean seenNotOverdue = false;
        for (int i = 0; i < due.size(); i++) {
            String next = due.get(i).compareTo(homeDue.get(i)) < 0 ? due.get(i) : homeDue.get(i);
            assertTrue(next.compareTo(previous) >= 0, "ordered by the earliest due date");
            previous = next;
            seenNotOverdue |= !urgency.get(i).equals("OVERDUE");
            assertTrue(!seenNotOverdue || !urgency.get(i).equals("OVERDUE"), "overdue children first");
        }
        String cursor = list.getString("data.myWorkList.pageInfo.endCursor");
        JsonPath next = run(Tokens.of("county.officer"), "schedule/myWorkList", "first", 5, "after", cursor)
                .body("errors", nullValue()).extract().jsonPath();
        String firstOfNext = next.getString("data.myWorkList.edges[0].node.schedule.contactDueOn");
        assertTrue(firstOfNext.compareTo(previous) >= 0 || next.getString(
                "data.myWorkList.edges[0].node.schedule.homeVisitDueOn").compareTo(previous) >= 0,
                "the next page follows");
    }

    @Test
    void shouldGiveADirectorTheirVillageOnlyAndPartnersNone() {
        run(Tokens.of("village.director"), "schedule/myWorkList", "first", 100)
                .body("errors", nullValue())
                .body("data.myWorkList.edges.node.child.residenceVillageCode", everyItem(equalTo("140521901201")))
                .body("data.myWorkList.edges.node.child.name", hasItem("王小红"));
        run(Tokens.of("village.director"), "schedule/myWorkList", "dueWithinDays", 0)
                .body("data.myWorkList.edges.node.schedule.urgency", everyItem(equalTo("OVERDUE")));
        run(Tokens.of("womens.federation"), "schedule/myWorkList")
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
    }

    @Test
    void shouldLetOnlyTheProvinceChangeThePolicyAndRecomputeSchedules() {
        run(Tokens.of("county.officer"), "schedule/updateVisitPolicy", "riskLevel", "STANDARD", "expectedVersion", 0,
                "contact", 1, "homeVisit", 2)
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        String province = Tokens.of("province.officer");
        run(province, "schedule/updateVisitPolicy", "riskLevel", "STANDARD", "expectedVersion", 0, "contact", 5,
                "homeVisit", 3)
                .body("errors[0].extensions.problems[0].code", equalTo("INTERVAL_INVALID"));
        int version = run(province, "schedule/visitPolicies").extract()
                .path("data.visitPolicies.find { it.riskLevel == 'STANDARD' }.version");
        run(province, "schedule/updateVisitPolicy", "riskLevel", "STANDARD", "expectedVersion", version, "contact", 1,
                "homeVisit", 6)
                .body("errors", nullValue()).body("data.updateVisitPolicy.homeVisitIntervalMonths", equalTo(6));
        run(Tokens.of("county.officer"), "schedule/childSchedule", "id", "00000000-0000-4000-8000-000000001001")
                .body("data.child.visitSchedule.homeVisitIntervalMonths", equalTo(6));
        run(province, "schedule/updateVisitPolicy", "riskLevel", "STANDARD", "expectedVersion", version + 1, "contact",
                1, "homeVisit", 3)
                .body("errors", nullValue());
        run(Tokens.of("county.officer"), "schedule/childSchedule", "id", "00000000-0000-4000-8000-000000001001")
                .body("data.child.visitSchedule.homeVisitIntervalMonths", equalTo(3));
    }

    private static void assertRow(JsonPath report, String row, int children, int contactOnTime, int homeVisitOnTime,
            int neverVisited) {
        assertEquals(children, report.getInt(row + ".children"), row + ".children");
        assertEquals(contactOnTime, report.getInt(row + ".contactOnTime"), row + ".contactOnTime");
        assertEquals(homeVisitOnTime, report.getInt(row + ".homeVisitOnTime"), row + ".homeVisitOnTime");
        assertEquals(children - contactOnTime, report.getInt(row + ".contactOverdue"), row + ".contactOverdue");
        assertEquals(children - homeVisitOnTime, report.getInt(row + ".homeVisitOverdue"), row + ".homeVisitOverdue");
        assertEquals(neverVisited, report.getInt(row + ".neverVisited"), row + ".neverVisited");
    }
}

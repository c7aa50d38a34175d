package org.tonghu.progressreport;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tonghu.testing.GraphQLClient.document;
import static org.tonghu.testing.GraphQLClient.run;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.tonghu.idempotency.IdempotencyKeys;
import org.tonghu.local.DemoUser;
import org.tonghu.security.Roles;
import org.tonghu.testing.Database;
import org.tonghu.testing.LocalModeTestResource;
import org.tonghu.testing.MovableClock;
import org.tonghu.testing.PortalBrowser;
import org.tonghu.testing.TestChildren;
import org.tonghu.testing.Tokens;
import org.tonghu.time.ChinaTime;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * Annual progress reports through the graph: figures checked against direct counts of the data, freezing at
 * submission, return and resubmission with the versions kept, a city's report summing its counties', deadlines and
 * the late and missing lists under a moved clock, scope, idempotent creation. Each test uses a year of its own.
 */
@QuarkusTest
@QuarkusTestResource(LocalModeTestResource.class)
class ProgressReportTest {

    static final String QINSHUI = "140521000000";
    static final String YANGCHENG = "140522000000";
    static final DemoUser LINGCHUAN_OFFICER = new DemoUser("county.officer.lingchuan", "陵川县民政局 孙伟",
            Roles.COUNTY_OFFICER, "140524000000", null);

    @Inject
    MovableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    static String county() {
        return Tokens.of("county.officer");
    }

    static JsonPath create(String token, int year) {
        return run(token, "progressreport/createProgressReport", "year", year).body("errors", nullValue())
                .extract().jsonPath().setRootPath("data.createProgressReport");
    }

    static JsonPath write(String token, JsonPath report, String progress) {
        Map<String, Object> input = new HashMap<>();
        input.put("progress", progress);
        input.put("problems", "部分村儿童主任兼职过多。");
        input.put("nextSteps", "加强培训。");
        input.put("plans", "明年实现走访全覆盖。");
        return run(token, "progressreport/updateProgressReport", "id", report.getString("id"), "expectedVersion",
                report.getInt("version"), "input", input).body("errors", nullValue()).extract().jsonPath()
                .setRootPath("data.updateProgressReport");
    }

    static JsonPath submit(String token, JsonPath report) {
        return run(token, "progressreport/submitProgressReport", "id", report.getString("id"), "expectedVersion",
                report.getInt("version")).body("errors", nullValue()).extract().jsonPath()
                .setRootPath("data.submitProgressReport");
    }

    static JsonPath read(String token, String id) {
        return run(token, "progressreport/progressReport", "id", id).body("errors", nullValue()).extract().jsonPath()
                .setRootPath("data.progressReport");
    }

    static long figure(JsonPath report, String key) {
        List<Map<String, Object>> figures = report.getList("figures");
        return figures.stream().filter(f -> key.equals(f.get("key"))).map(f -> ((Number) f.get("value")).longValue())
                .findFirst().orElseThrow(() -> new AssertionError("no figure " + key));
    }

    static long versionFigure(JsonPath report, int version, String key) {
        List<Map<String, Object>> figures = report.getList("versions[" + (version - 1) + "].figures");
        return figures.stream().filter(f -> key.equals(f.get("key"))).map(f -> ((Number) f.get("value")).longValue())
                .findFirst().orElseThrow();
    }

    static long count(String sql, Object... parameters) throws SQLException {
        try (Connection connection = Database.asService(); PreparedStatement statement =
                connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    @Test
    void shouldCompileADraftsFiguresFromTheData() throws Exception {
        JsonPath report = create(county(), 2025);
        assertEquals("DRAFT", report.getString("status"));
        assertEquals("COUNTY", report.getString("level"));
        assertEquals("沁水县", report.getString("regionName"));
        assertEquals(LocalDate.of(2025, 12, 1).toString(), report.getString("due"));
        LocalDate from = LocalDate.of(2025, 1, 1);
        LocalDate through = LocalDate.of(2025, 12, 31);
        // read again: the figures are counted at reading, so the direct counts compare with the same data
        report = read(county(), report.getString("id"));
        assertEquals(count("select count(*) from child c where c.status = 'ACTIVE'"
                + " and c.residence_village_code like '140521%'"), figure(report, "children.total"));
        assertEquals(count("select count(*) from child c join child_category k on k.child_id = c.id"
                + " where c.status = 'ACTIVE' and k.category = 'LEFT_BEHIND' and c.residence_village_code like"
                + " '140521%'"), figure(report, "children.category.LEFT_BEHIND"));
        assertEquals(count("select count(*) from child c where c.registered_on between ? and ?"
                + " and c.residence_village_code like '140521%'", from, through),
                figure(report, "children.registered"));
        assertEquals(count("select count(*) from placement p join child c on c.id = p.child_id"
                + " where p.starts_on between ? and ? and c.residence_village_code like '140521%'", from, through),
                figure(report, "placements.started"));
        assertEquals(count("select count(*) from protection_report r where r.child_region_code like '140521%'"
                + " and r.filed_at >= ? and r.filed_at < ?", from.atStartOfDay(ChinaTime.ZONE).toOffsetDateTime(),
                through.plusDays(1).atStartOfDay(ChinaTime.ZONE).toOffsetDateTime()),
                figure(report, "protection.reportsFiled"));
        assertEquals(count("select count(*) from region v where v.code like '140521%' and v.code not like"
                + " '%000' and length(v.code) = 12"), figure(report, "staffing.villages"));
        assertEquals(figure(report, "visits.children"), figure(report, "visits.contactOnTime")
                + figure(report, "visits.contactOverdue"));
        assertEquals(count("select count(*) from pairing_contact k join pairing p on p.id = k.pairing_id"
                + " join child c on c.id = p.child_id where c.residence_village_code like '140521%'"
                + " and k.contacted_on between ? and ?", from, through), figure(report, "pairings.checkIns"));
        assertEquals(count("select count(f.scored_at) from spot_check_file f"
                + " join spot_check s on s.id = f.spot_check_id"
                + " where s.year = 2025 and f.village_code like '140521%'"), figure(report, "spotchecks.files"));
        assertEquals(count("select count(*) from good_practice_case g where g.year = 2025"
                + " and g.region_code like '140521%'"
                + " and g.state in ('SUBMITTED', 'RECOMMENDED', 'SELECTED', 'PUBLISHED')"),
                figure(report, "cases.submitted"));
        List<Map<String, Object>> figures = report.getList("figures");
        assertTrue(figures.size() >= 20, "every source's figures");
        for (Map<String, Object> f : figures) {
            assertFalse(((String) f.get("howComputed")).isBlank(), "how " + f.get("key") + " was computed");
            assertNotEquals(f.get("key"), f.get("label"), "a label for " + f.get("key"));
        }
        assertEquals("/portal/children?regionCode=140521000000&category=LEFT_BEHIND", figures.stream()
                .filter(f -> "children.category.LEFT_BEHIND".equals(f.get("key"))).findFirst().orElseThrow()
                .get("list"));
    }

    @Test
    void shouldFreezeFiguresAtSubmissionAndKeepVersionsThroughReturnAndResubmission() {
        String city = Tokens.of("city.officer");
        JsonPath report = write(county(), create(county(), 2024), "今年完成全部儿童的建档。");
        JsonPath submitted = submit(county(), report);
        String id = submitted.getString("id");
        assertEquals("SUBMITTED", submitted.getString("status"));
        long children = figure(submitted, "children.total");
        assertEquals(children, versionFigure(submitted, 1, "children.total"));

        TestChildren.register();
        JsonPath later = read(county(), id);
        assertEquals(children, figure(later, "children.total"), "a submitted report's figures are frozen");
        assertEquals(children, versionFigure(later, 1, "children.total"));
        run(county(), "progressreport/updateProgressReport", "id", id, "expectedVersion", later.getInt("version"),
                "input", Map.of("progress", "改")).body("errors[0].extensions.problems.code",
                        hasItem("PROGRESS_REPORT_NOT_EDITABLE"));

        JsonPath returned = run(city, "progressreport/returnProgressReport", "id", id, "expectedVersion",
                later.getInt("version"), "comments", "请补充走访数据的说明。").body("errors", nullValue()).extract()
                .jsonPath().setRootPath("data.returnProgressReport");
        assertEquals("RETURNED", returned.getString("status"));
        assertEquals("RETURNED", returned.getString("versions[0].outcome"));
        assertEquals("请补充走访数据的说明。", returned.getString("versions[0].comments"));
        assertEquals(children + 1, figure(returned, "children.total"), "a returned report is compiled again");

        run(county(), "progressreport/submitProgressReport", "id", id, "expectedVersion", 0)
                .body("errors[0].extensions.code", equalTo("CONFLICT"));
        JsonPath resubmitted = submit(county(), write(county(), returned, "补充：全年走访按时率稳步提高。"));
        assertEquals(2, resubmitted.getList("versions").size(), "versions are kept");
        assertEquals(children, versionFigure(resubmitted, 1, "children.total"));
        assertEquals(children + 1, versionFigure(resubmitted, 2, "children.total"));
        assertEquals("今年完成全部儿童的建档。", resubmitted.getString("versions[0].narrative.progress"));
        assertEquals("补充：全年走访按时率稳步提高。", resubmitted.getString("versions[1].narrative.progress"));
        assertEquals(OffsetDateTime.parse(submitted.getString("firstSubmittedAt")).toInstant(),
                OffsetDateTime.parse(resubmitted.getString("firstSubmittedAt")).toInstant());

        JsonPath accepted = run(city, "progressreport/acceptProgressReport", "id", id, "expectedVersion",
                resubmitted.getInt("version")).body("errors", nullValue()).extract().jsonPath()
                .setRootPath("data.acceptProgressReport");
        assertEquals("ACCEPTED", accepted.getString("status"));
        assertEquals("ACCEPTED", accepted.getString("versions[1].outcome"));
        assertEquals("RETURNED", accepted.getString("versions[0].outcome"));
        run(city, "progressreport/returnProgressReport", "id", id, "expectedVersion", accepted.getInt("version"),
                "comments", "再改").body("errors[0].extensions.problems.code", hasItem("PROGRESS_REPORT_NOT_SUBMITTED"));
    }

    @Test
    void shouldSumTheCountiesFiguresInTheCitysReportAndLetTheProvinceAcceptIt() {
        String city = Tokens.of("city.officer");
        String yangcheng = Tokens.of("county.officer.yangcheng");
        JsonPath cityReport = write(city, create(city, 2023), "全市工作进展。");
        run(city, "progressreport/submitProgressReport", "id", cityReport.getString("id"), "expectedVersion",
                cityReport.getInt("version"))
                .body("errors[0].extensions.problems.code", hasItem("NO_COUNTY_SUBMITTED"));
        JsonPath qinshui = submit(county(), write(county(), create(county(), 2023), "沁水进展。"));
        JsonPath yang = submit(yangcheng, write(yangcheng, create(yangcheng, 2023), "阳城进展。"));
        JsonPath draft = read(city, cityReport.getString("id"));
        for (Map<String, Object> f : draft.<Map<String, Object>>getList("figures")) {
            String key = (String) f.get("key");
            assertEquals(figure(qinshui, key) + figure(yang, key), ((Number) f.get("value")).longValue(),
                    "the city's " + key + " is its counties' sum");
        }
        assertEquals(qinshui.getList("figures").size(), draft.getList("figures").size());
        String byCounty = "/portal/progress-reports/" + cityReport.getString("id") + "/by-county?figure=";
        assertEquals(byCounty + "children.total", draft.getString("figures[0].list"));

        JsonPath submitted = submit(city, read(city, cityReport.getString("id")));
        assertEquals("CITY", submitted.getString("level"));
        long total = figure(qinshui, "children.total") + figure(yang, "children.total");
        assertEquals(total, versionFigure(submitted, 1, "children.total"));
        assertEquals(byCounty + "children.total&version=1", submitted.getString("versions[0].figures[0].list"));
        // a county's report returned after the city submitted: the city's version still opens the counties it summed
        run(city, "progressreport/returnProgressReport", "id", yang.getString("id"), "expectedVersion",
                yang.getInt("version"), "comments", "请补充。").body("errors", nullValue());
        PortalBrowser cityPages = new PortalBrowser();
        String opened = cityPages.signIn("city.officer", byCounty + "children.total&version=1").body();
        assertThat(opened, containsString("data-list-total=\"" + total + "\""));
        assertThat(opened, containsString("data-region-code=\"140521000000\" data-value=\""
                + figure(qinshui, "children.total") + "\""));
        assertThat(opened, containsString("data-region-code=\"140522000000\" data-value=\""
                + figure(yang, "children.total") + "\""));
        assertEquals(404, cityPages.get(PortalBrowser.baseUrl() + byCounty + "children.total&version=2")
                .statusCode(), "a version the report does not have");
        assertEquals(404, cityPages.get(PortalBrowser.baseUrl() + byCounty + "no.such.figure").statusCode());
        assertEquals(404, cityPages.get(PortalBrowser.baseUrl() + "/portal/progress-reports/"
                + qinshui.getString("id") + "/by-county?figure=children.total").statusCode(), "a county's report");
        String province = Tokens.of("province.officer");
        read(province, qinshui.getString("id"));
        run(province, "progressreport/acceptProgressReport", "id", qinshui.getString("id"), "expectedVersion",
                qinshui.getInt("version")).body("errors[0].extensions.code", equalTo("PROGRESS_REPORT_NOT_FOUND"));
        run(province, "progressreport/acceptProgressReport", "id", submitted.getString("id"), "expectedVersion",
                submitted.getInt("version"), "comments", "同意。").body("errors", nullValue())
                .body("data.acceptProgressReport.status", equalTo("ACCEPTED"));
        run(province, "progressreport/progressReports", "year", 2023).body("errors", nullValue())
                .body("data.progressReports.own", nullValue())
                .body("data.progressReports.below.find { it.regionCode == '140500000000' }.status",
                        equalTo("ACCEPTED"))
                .body("data.progressReports.byCounty.find { it.regionCode == '140521000000' }.status",
                        equalTo("SUBMITTED"));
    }

    @Test
    void shouldKeepAReportFromOtherCountiesAndRefusePartnersAndDirectors() {
        JsonPath report = create(Tokens.of(LINGCHUAN_OFFICER), 2022);
        String id = report.getString("id");
        run(Tokens.of("county.officer.yangcheng"), "progressreport/progressReport", "id", id)
                .body("errors[0].extensions.code", equalTo("PROGRESS_REPORT_NOT_FOUND"))
                .body("data", nullValue());
        run(county(), "progressreport/updateProgressReport", "id", id, "expectedVersion", 0, "input",
                Map.of("progress", "篡改")).body("errors[0].extensions.code", equalTo("PROGRESS_REPORT_NOT_FOUND"));
        run(Tokens.of("city.officer"), "progressreport/updateProgressReport", "id", id, "expectedVersion", 0,
                "input", Map.of("progress", "代写")).body("errors[0].extensions.code",
                        equalTo("PROGRESS_REPORT_NOT_FOUND"));
        run(Tokens.of("village.director"), "progressreport/progressReport", "id", id)
                .body("errors[0].extensions.code", notNullValue()).body("data", nullValue());
        run(Tokens.of("womens.federation"), "progressreport/progressReports", "year", 2022)
                .body("errors[0].extensions.code", notNullValue()).body("data", nullValue());
        run(Tokens.of("city.officer"), "progressreport/progressReport", "id", id).body("errors", nullValue())
                .body("data.progressReport.regionName", equalTo("陵川县"));
        run(Tokens.of("province.officer"), "progressreport/createProgressReport", "year", 2022)
                .body("errors[0].extensions.code", notNullValue()).body("data", nullValue());
    }

    @Test
    void shouldListLateAndMissingReportsAgainstTheYearsDeadlines() {
        String province = Tokens.of("province.officer");
        String city = Tokens.of("city.officer");
        run(province, "progressreport/setProgressReportDeadlines", "year", 2021, "countyDue", "2021-12-01",
                "cityDue", "2021-12-05").body("errors", nullValue())
                .body("data.setProgressReportDeadlines.set", equalTo(true));
        run(city, "progressreport/setProgressReportDeadlines", "year", 2021, "countyDue", "2021-12-02",
                "cityDue", "2021-12-05").body("errors[0].extensions.code", notNullValue());
        clock.stopAt(OffsetDateTime.of(2021, 11, 20, 10, 0, 0, 0, ZoneOffset.ofHours(8)));
        submit(county(), write(county(), create(county(), 2021), "按时报送。"));
        run(city, "progressreport/progressReports", "year", 2021).body("errors", nullValue())
                .body("data.progressReports.below", hasSize(6))
                .body("data.progressReports.below.findAll { it.missing }", hasSize(0));

        clock.stopAt(OffsetDateTime.of(2021, 12, 3, 10, 0, 0, 0, ZoneOffset.ofHours(8)));
        run(city, "progressreport/progressReportsLateOrMissing", "year", 2021).body("errors", nullValue())
                .body("data.progressReportsLateOrMissing.regionCode", hasItem(YANGCHENG))
                .body("data.progressReportsLateOrMissing.regionCode", not(hasItem(QINSHUI)))
                .body("data.progressReportsLateOrMissing.find { it.regionCode == '140522000000' }.missing",
                        equalTo(true));
        String yangcheng = Tokens.of("county.officer.yangcheng");
        JsonPath late = submit(yangcheng, write(yangcheng, create(yangcheng, 2021), "迟报。"));
        assertTrue(late.getBoolean("late"));
        run(city, "progressreport/progressReportsLateOrMissing", "year", 2021).body("errors", nullValue())
                .body("data.progressReportsLateOrMissing.find { it.regionCode == '140522000000' }.late",
                        equalTo(true))
                .body("data.progressReportsLateOrMissing.find { it.regionCode == '140522000000' }.missing",
                        equalTo(false));
        run(province, "progressreport/progressReportsLateOrMissing", "year", 2021).body("errors", nullValue())
                .body("data.progressReportsLateOrMissing.regionCode", not(hasItem("140500000000")))
                .body("data.progressReportsLateOrMissing.regionCode", hasItem(YANGCHENG));

        // the province moves the county deadline: the report is no longer late
        run(province, "progressreport/setProgressReportDeadlines", "year", 2021, "countyDue", "2021-12-10",
                "cityDue", "2021-12-15").body("errors[0].extensions.code", equalTo("CONFLICT"));
        run(province, "progressreport/setProgressReportDeadlines", "year", 2021, "countyDue", "2021-12-10",
                "cityDue", "2021-12-15", "expectedVersion", 0).body("errors", nullValue());
        run(city, "progressreport/progressReportsLateOrMissing", "year", 2021).body("errors", nullValue())
                .body("data.progressReportsLateOrMissing.regionCode", not(hasItem(YANGCHENG)));
        assertFalse(read(yangcheng, late.getString("id")).getBoolean("late"));
    }

    @Test
    void shouldCreateOnceForARetryWithTheSameKey() throws Exception {
        DemoUser zezhou = new DemoUser("county.officer.zezhou", "泽州县民政局 钱进", Roles.COUNTY_OFFICER,
                "140525000000", null);
        String token = Tokens.of(zezhou);
        String key = "progress-" + UUID.randomUUID();
        Map<String, Object> body = Map.of("query", document("progressreport/createProgressReport"), "variables",
                Map.of("year", 2020));
        String first = given().contentType(ContentType.JSON).body(body).auth().oauth2(token)
                .header(IdempotencyKeys.HEADER, key).when().post("/graphql").then().statusCode(200)
                .body("errors", nullValue()).extract().path("data.createProgressReport.id");
        String again = given().contentType(ContentType.JSON).body(body).auth().oauth2(token)
                .header(IdempotencyKeys.HEADER, key).when().post("/graphql").then().statusCode(200)
                .body("errors", nullValue()).extract().path("data.createProgressReport.id");
        assertEquals(first, again);
        run(token, "progressreport/createProgressReport", "year", 2020)
                .body("errors[0].extensions.problems.code", hasItem("PROGRESS_REPORT_EXISTS"));
        assertEquals(1, count("select count(*) from progress_report where region_code = '140525000000'"
                + " and year = 2020"));
        run(token, "progressreport/createProgressReport", "year", 2099)
                .body("errors[0].extensions.problems.code", hasItem("YEAR_INVALID"));
    }
}

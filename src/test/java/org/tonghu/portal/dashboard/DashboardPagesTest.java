package org.tonghu.portal.dashboard;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tonghu.testing.GraphQLClient.run;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.tonghu.testing.Database;
import org.tonghu.testing.LocalModeTestResource;
import org.tonghu.testing.PortalBrowser;
import org.tonghu.testing.SqlStatementCounter;
import org.tonghu.testing.Tokens;
import org.tonghu.time.ChinaTime;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The dashboards that answer questions (issue 15), over HTTP against the real database: a township of its own (two
 * villages, four children, visits, partners' work) whose figures change with the period as its data says; each
 * drill-down figure equals the length of the list it opens; regions outside the jurisdiction are not found and other
 * roles are refused; the spreadsheet has the tables' rows; a province officer's home is the province's overview; a
 * township supervisor has the dashboard of its villages; the statements a dashboard costs stay bounded.
 */
@QuarkusTest
@QuarkusTestResource(LocalModeTestResource.class)
class DashboardPagesTest {

    static final String TOWNSHIP = "140521950000";
    static final String VILLAGE_A = "140521950201";
    static final String VILLAGE_B = "140521950202";
    private static final Pattern HREF = Pattern.compile(
            "href=\"([^\"]+)\"[^>]*data-figure=\"([A-Z_a-z]+)\">([0-9,]+)<");
    private static boolean loaded;

    /**
     * 甲村: a (left-behind, registered 4 months ago, contacted last month) and b (an orphan, registered 4 months ago,
     * never visited); 乙村: c (4 months, home visit 2 months ago) and d (registered today, never visited). This month:
     * a pairing of d with a check-in, an event in 甲村 attended by a and b, a screening of c, a referral of a.
     */
    static synchronized void loadFixtures() throws Exception {
        if (loaded) {
            return;
        }
        run(Tokens.of("admin"), "region/importRegions", "csv", "code,name,parent_code\n" + TOWNSHIP
                + ",看板测试镇,140521000000\n" + VILLAGE_A + ",看板甲村," + TOWNSHIP + "\n" + VILLAGE_B + ",看板乙村,"
                + TOWNSHIP + "\n").body("errors", nullValue());
        String county = Tokens.of("county.officer");
        String today = ChinaTime.today().toString();
        String a = child(county, VILLAGE_A, monthsAgo(4, 1), "LEFT_BEHIND");
        String b = child(county, VILLAGE_A, monthsAgo(4, 1), "ORPHAN");
        String c = child(county, VILLAGE_B, monthsAgo(4, 1), "LEFT_BEHIND");
        String d = child(county, VILLAGE_B, today, "LEFT_BEHIND");
        visit(county, a, "CONTACT", "PHONE", monthsAgo(1, 10));
        visit(county, c, "HOME_VISIT", null, monthsAgo(2, 10));
        Database.execute("insert into pairing (id, organization_id, volunteer_id, child_id, kind, starts_on,"
                + " check_in_interval_days, status) values (gen_random_uuid(), '00000000-0000-4000-8000-000000000102',"
                + " '00000000-0000-4000-8000-000000005001', '" + d + "', 'LOVING_MOTHER', current_date, 30, 'ACTIVE')");
        Database.execute("insert into pairing_contact (id, pairing_id, contacted_on, mode, recorded_by_name,"
                + " recorded_by_subject) select gen_random_uuid(), p.id, current_date, 'PHONE', '测试', 'test'"
                + " from pairing p where p.child_id = '" + d + "'");
        Database.execute("insert into activity (id, organization_id, kind, title, place_kind, region_code, starts_at,"
                + " ends_at, class_hours, status) values ('00000000-0000-4000-8000-0000000d0001',"
                + " '00000000-0000-4000-8000-000000000103', 'TONGXIN_HARBOR_EVENT', '看板测试活动', 'VILLAGE', '"
                + VILLAGE_A + "', date_trunc('day', now()), date_trunc('day', now()) + interval '1 hour', 1, 'HELD')");
        Database.execute("insert into activity_attendance (activity_id, child_id) values"
                + " ('00000000-0000-4000-8000-0000000d0001', '" + a + "'),"
                + " ('00000000-0000-4000-8000-0000000d0001', '" + b + "')");
        Database.execute("insert into rehabilitation_record (id, child_id, organization_id, kind, provider, starts_on,"
                + " status, recorded_by_name, recorded_by_subject) values (gen_random_uuid(), '" + c + "',"
                + " '00000000-0000-4000-8000-000000000104', 'SCREENING', '县康复中心', current_date, 'IN_PROGRESS',"
                + " '测试', 'test')");
        Database.execute("insert into referral (id, child_id, from_region_code, referred_by_name, referred_by_subject,"
                + " to_organization_id, need_category, need, urgency, consent_basis, status, referred_at, respond_by)"
                + " values (gen_random_uuid(), '" + a + "', '140521000000', '测试', 'test',"
                + " '00000000-0000-4000-8000-000000000104', 'REHABILITATION', '康复评估', 'ROUTINE', 'STATUTORY_DUTY',"
                + " 'PENDING', now(), now() + interval '7 days')");
        loaded = true;
    }

    static String thisMonth() {
        return YearMonth.from(ChinaTime.today()).toString();
    }

    static String lastMonth() {
        return YearMonth.from(ChinaTime.today()).minusMonths(1).toString();
    }

    static String dashboardOf(String region, String period) {
        return PortalBrowser.baseUrl() + "/portal/dashboard?region=" + region + "&period=" + period;
    }

    @Nested
    class CountyOfficer {

        @Test
        void shouldChangeTheFiguresWithThePeriodAsTheDataSays() throws Exception {
            loadFixtures();
            PortalBrowser officer = new PortalBrowser();
            officer.signIn("county.officer", "/portal/dashboard");
            String now = officer.get(dashboardOf(TOWNSHIP, thisMonth())).body();
            String before = officer.get(dashboardOf(TOWNSHIP, lastMonth())).body();
            // this month: all four in care, b and d never visited; last month: d was not registered yet, only b
            assertEquals(List.of("4", "2"), totals(now, "compliance-table", 1, 6));
            assertEquals(List.of("3", "1"), totals(before, "compliance-table", 1, 6));
            // partners: this month's pairing and its check-in, event (2 attended), screening, referral; none before
            assertEquals(List.of("1", "1", "1", "2", "1", "1"), totals(now, "partner-table", 1, 2, 3, 4, 5, 6));
            assertEquals(List.of("0", "0", "0", "0", "0", "0"), totals(before, "partner-table", 1, 2, 3, 4, 5, 6));
            assertThat(rowOf(now, "partner-table", VILLAGE_B), containsString("<td>1</td>"));
            assertThat(now, containsString("value=\"" + thisMonth() + "\" selected"));
            // the trend: twelve months, the last this month with its four children and the one before with three
            List<String> months = cells(section(now, "trend-table"), "<tr data-month=\"([0-9-]+)\"");
            assertEquals(12, months.size());
            assertEquals(thisMonth(), months.get(11));
            assertThat(rowOf(now, "trend-table", thisMonth()), containsString("<td>4</td>"));
            assertThat(rowOf(now, "trend-table", lastMonth()), containsString("<td>3</td>"));
            // a quarter and a year are periods too; a period not started is no dashboard
            int quarter = (ChinaTime.today().getMonthValue() - 1) / 3 + 1;
            assertEquals(200, officer.get(dashboardOf(TOWNSHIP, ChinaTime.today().getYear() + "-Q" + quarter))
                    .statusCode());
            assertEquals(List.of("4", "2"), totals(officer.get(dashboardOf(TOWNSHIP,
                    String.valueOf(ChinaTime.today().getYear()))).body(), "compliance-table", 1, 6));
            assertEquals(404, officer.get(dashboardOf(TOWNSHIP, "2999-01")).statusCode());
            assertEquals(404, officer.get(dashboardOf(TOWNSHIP, "last-month")).statusCode());
        }

        @Test
        void shouldOpenEveryDrillDownFigureAsAListOfThatLength() throws Exception {
            loadFixtures();
            PortalBrowser officer = new PortalBrowser();
            officer.signIn("county.officer", "/portal/dashboard");
            String county = officer.get(PortalBrowser.baseUrl() + "/portal/dashboard?period=" + thisMonth()).body();
            // the county's row of the township opens the township one level down
            assertThat(county, containsString("href=\"/portal/dashboard?region=" + TOWNSHIP + "&amp;period="
                    + thisMonth() + "\""));
            String township = officer.get(dashboardOf(TOWNSHIP, thisMonth())).body();
            assertThat(section(township, "dashboard-trail"), containsString("沁水"));
            List<String[]> figures = figures(township);
            int opened = 0;
            for (String[] figure : figures) {
                String list = officer.get(PortalBrowser.baseUrl() + figure[0].replace("&amp;", "&")).body();
                int expected = Integer.parseInt(figure[2].replace(",", ""));
                int listed = switch (figure[1]) {
                    case "category" -> count(section(list, "results"), "<li class=\"card\"");
                    case "NO_DIRECTOR", "NEEDS_MORE_DIRECTORS" -> count(section(list, "gap-villages"),
                            "<tr data-village-code=");
                    default -> {
                        assertThat(list, containsString("data-total=\"" + expected + "\""));
                        yield count(section(list, "judged-children"), "<li data-child-id=");
                    }
                };
                assertEquals(expected, listed, figure[1] + " " + figure[0]);
                opened++;
            }
            List<String> kinds = figures.stream().map(figure -> figure[1]).distinct().toList();
            assertTrue(kinds.containsAll(List.of("category", "NEVER_VISITED", "NO_DIRECTOR")), kinds.toString());
            assertTrue(opened >= 8, "figures opened: " + opened);
            // the never-visited children of 乙村 are d alone, by name in the list behind the figure
            String never = officer.get(PortalBrowser.baseUrl() + "/portal/dashboard/children?region=" + VILLAGE_B
                    + "&period=" + thisMonth() + "&figure=NEVER_VISITED").body();
            assertEquals(1, count(never, "<li data-child-id="));
            assertThat(never, containsString("看板测试儿童"));
        }

        @Test
        void shouldExportEveryTableWithItsRows() throws Exception {
            loadFixtures();
            PortalBrowser officer = new PortalBrowser();
            officer.signIn("county.officer", "/portal/dashboard");
            HttpResponse<byte[]> download = officer.getBytes(PortalBrowser.baseUrl()
                    + "/portal/dashboard/dashboard.xlsx?region=" + TOWNSHIP + "&period=" + thisMonth());
            assertEquals(200, download.statusCode());
            assertThat(download.headers().firstValue("Content-Disposition").orElse(""), containsString("attachment"));
            try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(download.body()))) {
                List<String> sheets = new ArrayList<>();
                workbook.forEach(sheet -> sheets.add(sheet.getSheetName()));
                assertEquals(List.of("说明", "走访按时", "趋势", "儿童分类", "儿童主任配备", "合作单位"), sheets);
                // visits on time: a row per village and the total, as on the page
                List<List<String>> compliance = rows(workbook.getSheet("走访按时"));
                assertEquals(4, compliance.size());
                assertEquals(List.of("看板甲村", VILLAGE_A, "2"), compliance.get(1).subList(0, 3));
                assertEquals(List.of("看板乙村", VILLAGE_B, "2"), compliance.get(2).subList(0, 3));
                assertEquals(List.of("合计", TOWNSHIP, "4"), compliance.get(3).subList(0, 3));
                assertEquals("2", compliance.get(3).get(9), "never visited in all");
                assertEquals(13, rows(workbook.getSheet("趋势")).size());
                List<List<String>> categories = rows(workbook.getSheet("儿童分类"));
                assertEquals(org.tonghu.child.ChildCategory.values().length + 1, categories.size());
                assertTrue(categories.contains(List.of("孤儿", "1")), categories.toString());
                List<List<String>> staffing = rows(workbook.getSheet("儿童主任配备"));
                assertEquals(List.of("合计", TOWNSHIP, "2", "2", "0"), staffing.get(staffing.size() - 1));
                List<List<String>> partners = rows(workbook.getSheet("合作单位"));
                assertEquals(4, partners.size());
                assertEquals(List.of("合计", TOWNSHIP, "1", "1", "1", "2", "1", "1"), partners.get(3));
            }
            // a county's export has its training and duties too
            HttpResponse<byte[]> countyExport = officer.getBytes(PortalBrowser.baseUrl()
                    + "/portal/dashboard/dashboard.xlsx");
            try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(countyExport.body()))) {
                assertTrue(workbook.getSheet("培训覆盖") != null && workbook.getSheet("年度任务") != null);
            }
        }

        @Test
        void shouldNotFindARegionOutsideTheJurisdiction() throws Exception {
            loadFixtures();
            PortalBrowser officer = new PortalBrowser();
            officer.signIn("county.officer", "/portal/dashboard");
            assertEquals(404, officer.get(dashboardOf("140522000000", thisMonth())).statusCode());
            assertEquals(404, officer.get(dashboardOf("140500000000", thisMonth())).statusCode());
            assertEquals(404, officer.get(dashboardOf("not-a-region", thisMonth())).statusCode());

            PortalBrowser yangcheng = new PortalBrowser();
            yangcheng.signIn("county.officer.yangcheng", "/portal/dashboard");
            assertEquals(200, yangcheng.get(PortalBrowser.baseUrl() + "/portal/dashboard").statusCode());
            assertEquals(404, yangcheng.get(dashboardOf(TOWNSHIP, thisMonth())).statusCode());
            assertEquals(404, yangcheng.get(PortalBrowser.baseUrl() + "/portal/dashboard/children?region="
                    + TOWNSHIP + "&period=" + thisMonth() + "&figure=NEVER_VISITED").statusCode());
            assertEquals(404, yangcheng.get(PortalBrowser.baseUrl() + "/portal/dashboard/villages?region="
                    + TOWNSHIP + "&gap=NO_DIRECTOR").statusCode());
            assertEquals(404, yangcheng.getBytes(PortalBrowser.baseUrl() + "/portal/dashboard/dashboard.xlsx?region="
                    + TOWNSHIP).statusCode());
        }
    }

    @Nested
    class OtherRoles {

        @Test
        void shouldRefuseAPartnerAndADirector() {
            for (String username : List.of("womens.federation", "village.director", "auditor")) {
                PortalBrowser browser = new PortalBrowser();
                browser.signIn(username, "/portal");
                for (String path : List.of("/portal/dashboard", "/portal/dashboard/children?figure=NEVER_VISITED",
                        "/portal/dashboard/villages?gap=NO_DIRECTOR", "/portal/dashboard/dashboard.xlsx")) {
                    assertEquals(403, browser.getBytes(PortalBrowser.baseUrl() + path).statusCode(),
                            username + " " + path);
                }
            }
        }

        @Test
        void shouldGiveATownshipSupervisorTheDashboardOfItsVillages() throws Exception {
            loadFixtures();
            PortalBrowser supervisor = new PortalBrowser();
            String home = supervisor.signIn("township.supervisor", "/portal").body();
            assertThat(home, containsString("id=\"dashboard-button\""));
            String page = supervisor.get(PortalBrowser.baseUrl() + "/portal/dashboard").body();
            assertThat(page, containsString("data-region-code=\"140521901000\""));
            // its rows are its villages, each opening the village's own dashboard
            assertThat(section(page, "compliance-table"), containsString("href=\"/portal/dashboard?region="
                    + "140521901201&amp;period=" + lastMonth() + "\""));
            assertThat(page, not(containsString("id=\"partner-table\"")));
            assertThat(page, not(containsString("id=\"training-table\"")));
            assertEquals(200, supervisor.get(dashboardOf("140521901201", thisMonth())).statusCode());
            assertEquals(404, supervisor.get(dashboardOf("140521000000", thisMonth())).statusCode());
            assertEquals(404, supervisor.get(dashboardOf(TOWNSHIP, thisMonth())).statusCode());
            List<String[]> figures = figures(supervisor.get(dashboardOf("140521901000", thisMonth())).body());
            for (String[] figure : figures) {
                if (figure[1].equals("NEVER_VISITED") || figure[1].equals("CONTACT_OVERDUE")) {
                    String list = supervisor.get(PortalBrowser.baseUrl() + figure[0].replace("&amp;", "&")).body();
                    assertEquals(Integer.parseInt(figure[2].replace(",", "")),
                            count(section(list, "judged-children"), "<li data-child-id="), figure[0]);
                }
            }
        }

        @Test
        void shouldMakeTheProvincesOverviewAProvinceOfficersHome() {
            PortalBrowser province = new PortalBrowser();
            String home = province.signIn("province.officer", "/portal").body();
            assertThat(home, containsString("id=\"overview-table\""));
            assertThat(section(home, "overview-table"),
                    containsString("href=\"/portal/dashboard?region=140500000000\""));
            assertThat(home, containsString("id=\"dashboard-button\""));
            assertThat(home, not(containsString("id=\"work-list-items\"")));
            String city = province.get(PortalBrowser.baseUrl() + "/portal/dashboard?region=140500000000").body();
            assertThat(city, containsString("data-region-code=\"140521000000\""));
            // a city's rows (counties) open their lists; the province's rows (cities) open the city first
            assertThat(city, containsString("/portal/dashboard/children?region=140521000000&amp;"));
            String whole = province.get(PortalBrowser.baseUrl() + "/portal/dashboard").body();
            assertThat(whole, not(containsString("/portal/dashboard/children?")));
            assertEquals(404, province.get(PortalBrowser.baseUrl()
                    + "/portal/dashboard/children?region=140500000000&figure=NEVER_VISITED").statusCode());

            PortalBrowser county = new PortalBrowser();
            String countyHome = county.signIn("county.officer", "/portal").body();
            assertThat(countyHome, containsString("id=\"work-list-items\""));
            assertThat(countyHome, not(containsString("id=\"overview-table\"")));
        }

        @Test
        void shouldReadADashboardInStatementsThatDoNotGrowWithTheRegions() throws Exception {
            loadFixtures();
            PortalBrowser province = new PortalBrowser();
            province.signIn("province.officer", "/portal/dashboard");
            Map<String, Integer> statements = new java.util.LinkedHashMap<>();
            for (String region : List.of("140000000000", "140500000000", "140521000000", TOWNSHIP, VILLAGE_A)) {
                province.get(dashboardOf(region, thisMonth())); // warm-up
                SqlStatementCounter.reset();
                assertEquals(200, province.get(dashboardOf(region, thisMonth())).statusCode());
                statements.put(region, SqlStatementCounter.count());
            }
            // a fixed set of statements per table (the trend at most one per month where the roll-up is not built),
            // whether the region has 2 or 11 regions under it: 29 to 40 here (2026-12), the most with an unbuilt
            // township under the region (the new one above), which the trend and the compliance count directly
            statements.forEach((region, count) -> assertTrue(count <= MAX_STATEMENTS, statements.toString()));
        }
    }

    static final int MAX_STATEMENTS = 45;

    private static String child(String token, String village, String registeredOn, String category) {
        return run(token, "child/createChild", "input", Map.of("name", "看板测试儿童" + village.substring(11)
                + category.charAt(0), "gender", "MALE", "birthDate", "2015-02-01", "residenceVillageCode", village,
                "categories", List.of(category), "riskFactors", List.of(), "schoolStatus", "IN_SCHOOL",
                "registeredOn", registeredOn)).body("errors", nullValue()).extract().path("data.createChild.id");
    }

    private static void visit(String token, String child, String kind, String mode, String day) {
        Map<String, Object> input = new java.util.HashMap<>(Map.of("kind", kind, "visitedAt", day + "T10:00:00+08:00"));
        if (mode != null) {
            input.put("contactMode", mode);
        }
        run(token, "visit/recordVisit", "childId", child, "input", input).body("errors", nullValue());
    }

    private static String monthsAgo(int months, int day) {
        YearMonth month = YearMonth.from(ChinaTime.today()).minusMonths(months);
        return month.atDay(Math.min(day, month.lengthOfMonth())).toString();
    }

    /** The element with this id and what follows up to its end tag (tables and lists do not nest here). */
    static String section(String html, String id) {
        int start = html.indexOf("id=\"" + id + "\"");
        assertTrue(start >= 0, "no #" + id);
        int tag = html.lastIndexOf('<', start);
        String name = html.substring(tag + 1, html.indexOf(' ', tag));
        return html.substring(tag, html.indexOf("</" + name + ">", start));
    }

    /** The row of a table whose data attribute (region code or month) is this value. */
    static String rowOf(String html, String tableId, String key) {
        String table = section(html, tableId);
        int start = table.indexOf("=\"" + key + "\"");
        assertTrue(start >= 0, key + " in #" + tableId);
        return table.substring(start, table.indexOf("</tr>", start));
    }

    /** The texts of these cells (counted from the first, a row header) of a table's total row, links' text alone. */
    static List<String> totals(String html, String tableId, int... columns) {
        String table = section(html, tableId);
        String total = table.substring(table.indexOf("<tr class=\"total\""));
        List<String> cells = new ArrayList<>();
        Matcher cell = Pattern.compile("<t[hd][^>]*>(.*?)</t[hd]>").matcher(total);
        while (cell.find()) {
            cells.add(cell.group(1).replaceAll("<[^>]+>", ""));
        }
        List<String> chosen = new ArrayList<>();
        for (int column : columns) {
            chosen.add(cells.get(column));
        }
        return chosen;
    }

    /** Every figure of a page that opens a list: its link, its kind and its number. */
    static List<String[]> figures(String html) {
        List<String[]> figures = new ArrayList<>();
        Matcher matcher = HREF.matcher(html);
        while (matcher.find()) {
            figures.add(new String[] { matcher.group(1), matcher.group(2), matcher.group(3) });
        }
        return figures;
    }

    static List<String> cells(String html, String regex) {
        List<String> found = new ArrayList<>();
        Matcher matcher = Pattern.compile(regex).matcher(html);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    static int count(String html, String text) {
        int count = 0;
        for (int at = html.indexOf(text); at >= 0; at = html.indexOf(text, at + 1)) {
            count++;
        }
        return count;
    }

    private static List<List<String>> rows(Sheet sheet) {
        DataFormatter format = new DataFormatter();
        List<List<String>> rows = new ArrayList<>();
        for (Row row : sheet) {
            List<String> cells = new ArrayList<>();
            row.forEach(cell -> cells.add(format.formatCellValue(cell)));
            rows.add(cells);
        }
        return rows;
    }
}

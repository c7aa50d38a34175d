package org.tonghu.progressreport;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.tonghu.testing.Database;
import org.tonghu.testing.LocalModeTestResource;
import org.tonghu.testing.PortalBrowser;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Annual progress reports in the portal: the county starts, writes and submits its report (a missing section shows on
 * the form), downloads it as a Word document and a spreadsheet that open with POI and hold the figures; the city sees
 * it among its counties' and returns it with comments; other counties get 404, directors 403; the home page links it.
 */
@QuarkusTest
@QuarkusTestResource(LocalModeTestResource.class)
class ProgressReportPagesTest {

    static final int YEAR = 2019;

    static String reportId(HttpResponse<String> page) {
        Matcher id = Pattern.compile("/portal/progress-reports/([0-9a-f-]{36})").matcher(page.uri().getPath());
        assertTrue(id.find(), "on a report page: " + page.uri());
        return id.group(1);
    }

    static String figureValue(String body, String key) {
        Matcher value = Pattern.compile("data-figure=\"" + Pattern.quote(key) + "\" data-value=\"(\\d+)\"")
                .matcher(body);
        assertTrue(value.find(), "figure " + key + " shown");
        return value.group(1);
    }

    @Test
    void shouldWriteSubmitDownloadAndReturnAReportThroughThePages() throws Exception {
        PortalBrowser county = new PortalBrowser();
        HttpResponse<String> home = county.signIn("county.officer", "/portal");
        assertThat(home.body(), containsString("id=\"progress-reports-link\""));
        String list = "/portal/progress-reports?year=" + YEAR;
        HttpResponse<String> reports = county.get(PortalBrowser.baseUrl() + list);
        assertEquals(200, reports.statusCode());
        assertThat(reports.body(), containsString("id=\"start-form\""));
        HttpResponse<String> started = county.submit(list, "/portal/progress-reports", Map.of("year", "" + YEAR));
        assertEquals(200, started.statusCode());
        String id = reportId(started);
        String path = "/portal/progress-reports/" + id;
        assertThat(started.body(), containsString("data-status=\"DRAFT\""));
        assertThat(started.body(), containsString("id=\"narrative-form\""));
        assertThat(started.body(), containsString("href=\"/portal/children?regionCode=140521000000&amp;category="
                + "LEFT_BEHIND\""));
        String children = figureValue(started.body(), "children.total");
        assertEquals(Database.count("child where status = 'ACTIVE' and residence_village_code like '140521%'"),
                Long.parseLong(children));

        Map<String, String> narrative = new LinkedHashMap<>();
        narrative.put("version", "0");
        narrative.put("progress", "");
        narrative.put("problems", "村级儿童主任流动较大。");
        narrative.put("nextSteps", "");
        narrative.put("plans", "");
        narrative.put("then", "submit");
        HttpResponse<String> missing = county.submit(path, path + "/narrative", narrative);
        assertEquals(422, missing.statusCode());
        assertThat(missing.body(), containsString("id=\"error-summary\""));
        assertEquals(0L, Database.count("progress_report_version v join progress_report r on r.id = v.report_id"
                + " where r.id = '" + id + "'"), "nothing half-written");
        assertEquals(1L, Database.count("progress_report where id = '" + id + "' and version = 0 and problems is null"),
                "a refused submission saves nothing either");
        narrative.put("progress", "全县完成儿童信息核查。\n建立了县乡村三级关爱网络。");
        HttpResponse<String> submitted = county.submit(path, path + "/narrative", narrative);
        assertEquals(200, submitted.statusCode());
        assertThat(submitted.body(), containsString("id=\"report-status\" data-status=\"SUBMITTED\""));
        assertThat(submitted.body(), not(containsString("id=\"narrative-form\"")));
        assertThat(submitted.body(), containsString("data-version=\"1\""));

        HttpResponse<byte[]> docx = county.getBytes(PortalBrowser.baseUrl() + path + "/report.docx");
        assertEquals(200, docx.statusCode());
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx.body()));
                XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            String text = extractor.getText();
            assertThat(text, containsString("沁水县" + YEAR + "年度"));
            assertThat(text, containsString("一、工作进展"));
            assertThat(text, containsString("建立了县乡村三级关爱网络。"));
            assertThat(text, containsString("在册儿童总数\t" + children));
            assertTrue(document.getTables().size() >= 10, "a table per section of figures");
        }
        HttpResponse<byte[]> xlsx = county.getBytes(PortalBrowser.baseUrl() + path + "/figures.xlsx?version=1");
        assertEquals(200, xlsx.statusCode());
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            var sheet = workbook.getSheetAt(0);
            assertEquals("在册儿童总数", sheet.getRow(1).getCell(1).getStringCellValue());
            assertEquals(Long.parseLong(children), (long) sheet.getRow(1).getCell(2).getNumericCellValue());
        }

        PortalBrowser city = new PortalBrowser();
        HttpResponse<String> cityList = city.signIn("city.officer", list);
        assertThat(cityList.body(), containsString("id=\"below-reports\""));
        assertThat(cityList.body(), containsString("data-region-code=\"140521000000\" data-status=\"SUBMITTED\""));
        assertThat(cityList.body(), containsString("id=\"late-or-missing\""));
        HttpResponse<String> page = city.get(PortalBrowser.baseUrl() + path);
        assertThat(page.body(), containsString("id=\"return-form\""));
        int version = Integer.parseInt(value(page.body(), "return-form"));
        HttpResponse<String> noComments = city.submit(path, path + "/return", Map.of("version", "" + version,
                "comments", ""));
        assertEquals(422, noComments.statusCode());
        assertThat(noComments.body(), containsString("id=\"comments-error\""));
        HttpResponse<String> returned = city.submit(path, path + "/return", Map.of("version", "" + version,
                "comments", "请补充康复服务情况。"));
        assertEquals(200, returned.statusCode());
        assertThat(returned.body(), containsString("data-status=\"RETURNED\""));
        assertThat(returned.body(), containsString("请补充康复服务情况。"));
        HttpResponse<String> stale = city.submit(list, path + "/accept", Map.of("version", "" + version));
        assertEquals(409, stale.statusCode());

        assertEquals(404, new PortalBrowser().signIn("county.officer.yangcheng", path).statusCode());
        assertEquals(404, new PortalBrowser().signIn("county.officer.yangcheng", path + "/report.docx")
                .statusCode());
        assertEquals(403, new PortalBrowser().signIn("village.director", list).statusCode());
        HttpResponse<String> english = county.get(PortalBrowser.baseUrl() + "/portal/language?lang=en&back=" + path);
        assertThat(english.body(), containsString("Children in care"));
    }

    /** The version a form on the page carries. */
    static String value(String body, String formId) {
        Matcher version = Pattern.compile("id=\"" + formId + "\">.*?name=\"version\" value=\"(\\d+)\"",
                Pattern.DOTALL).matcher(body);
        assertTrue(version.find(), formId + " on the page");
        return version.group(1);
    }
}

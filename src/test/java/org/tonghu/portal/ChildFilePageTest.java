package org.tonghu.portal;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tonghu.testing.GraphQLClient.run;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tonghu.testing.Database;
import org.tonghu.testing.Fixtures;
import org.tonghu.testing.LocalModeTestResource;
import org.tonghu.testing.PortalBrowser;
import org.tonghu.testing.TestChildren.TestChild;
import org.tonghu.testing.TestChildren;
import org.tonghu.testing.Tokens;
import org.tonghu.testing.ZipEntries;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The child's file page (every section), the audited ID reveal, and the spreadsheet export with its formulas
 * neutralised.
 */
@QuarkusTest
@QuarkusTestResource(LocalModeTestResource.class)
class ChildFilePageTest {

    /** 李华: disabled, with a rehabilitation pathway and a referral in the demo data; the Qinshui county's child. */
    static final String CHILD_WITH_PATHWAY = Fixtures.CHILD_QINSHUI_OTHER_TOWNSHIP;

    @Test
    void shouldShowEverySectionOfTheFileWithDatesInChinese() {
        PortalBrowser officer = new PortalBrowser();
        HttpResponse<String> page = officer.signIn("county.officer", "/portal/children/" + CHILD_WITH_PATHWAY);
        assertEquals(200, page.statusCode());
        String body = page.body();
        for (String heading : List.of("基本信息", "监护人", "走访记录", "发现问题和解决方案", "关爱服务记录", "结对帮扶",
                "转介", "康复", "参加的活动", "工作日志")) {
            assertThat(body, containsString(heading));
        }
        assertThat(body, containsString("2012年11月30日"));
        assertThat(body, containsString("1405**********0355"));
        assertThat(body, not(containsString("140521201211300355")));
        assertThat(body, containsString("id=\"rehabilitation\""));
        assertThat(body, containsString("儿童轮椅"));
    }

    @Test
    void shouldShowAPartnerItsOwnRecordsWithoutTheWorkLogOrTheReveal() {
        PortalBrowser partner = new PortalBrowser();
        HttpResponse<String> page = partner.signIn("disabled.federation", "/portal/children/" + CHILD_WITH_PATHWAY);
        assertEquals(200, page.statusCode());
        assertThat(page.body(), containsString("id=\"rehabilitation\""));
        assertThat(page.body(), not(containsString("工作日志")));
        assertThat(page.body(), not(containsString("/id-number")));
    }

    @Test
    void shouldRevealTheFullIdNumberOnlyWithAReasonAndAuditIt() throws Exception {
        TestChild child = TestChildren.register();
        PortalBrowser officer = new PortalBrowser();
        String filePath = "/portal/children/" + child.id();
        officer.signIn("county.officer", filePath);
        long reveals = auditEvents("CHILD_REVEAL_ID_NUMBER", child.id());

        HttpResponse<String> refused = officer.submit(filePath, filePath + "/id-number", Map.of("reason", " "));
        assertEquals(422, refused.statusCode());
        assertThat(refused.body(), containsString("reason-error"));
        assertThat(refused.body(), not(containsString(child.idNumber())));
        assertEquals(reveals, auditEvents("CHILD_REVEAL_ID_NUMBER", child.id()));

        HttpResponse<String> revealed = officer.submit(filePath, filePath + "/id-number",
                Map.of("reason", "为其办理医疗救助需要核对身份"));
        assertEquals(200, revealed.statusCode());
        assertThat(revealed.body(), containsString(child.idNumber()));
        assertThat(revealed.headers().firstValue("Cache-Control").orElse(""), containsString("no-store"));
        assertEquals(reveals + 1, auditEvents("CHILD_REVEAL_ID_NUMBER", child.id()));

        // the next visit of the page shows the masked number again
        assertThat(officer.get(PortalBrowser.baseUrl() + filePath).body(), not(containsString(child.idNumber())));
    }

    @Test
    void shouldExportTheWholeFileAsASpreadsheetWithFormulasNeutralised() throws Exception {
        TestChild child = TestChildren.register();
        String officerToken = Tokens.of("county.officer");
        run(officerToken, "concern/raiseConcern", "childId", child.id(), "input", Map.of("category", "STUDY",
                "severity", "LOW", "description", "=HYPERLINK(\"http://attacker.example\",\"点击\")"))
                .body("errors", nullValue());
        run(officerToken, "concern/raiseConcern", "childId", child.id(), "input", Map.of("category", "SAFETY",
                "severity", "HIGH", "description", "+1 骑车上学路上无人接送"))
                .body("errors", nullValue());
        PortalBrowser officer = new PortalBrowser();
        officer.signIn("county.officer", "/portal/children/" + child.id());
        long exports = auditEvents("CHILD_FILE_EXPORT", child.id());

        HttpResponse<byte[]> download = officer.getBytes(PortalBrowser.baseUrl() + "/portal/children/" + child.id()
                + "/file.xlsx");
        assertEquals(200, download.statusCode());
        assertThat(download.headers().firstValue("Content-Disposition").orElse(""), containsString("attachment"));
        Map<String, String> parts = ZipEntries.of(download.body());
        assertTrue(parts.containsKey("xl/workbook.xml"));
        assertThat(parts.get("xl/workbook.xml"), containsString("基本信息"));
        assertThat(parts.get("xl/workbook.xml"), containsString("发现问题和解决方案"));
        String everySheet = String.join("\n", parts.entrySet().stream()
                .filter(part -> part.getKey().startsWith("xl/worksheets/")).map(Map.Entry::getValue).toList());
        assertThat(everySheet, containsString(child.name()));
        assertThat(everySheet, containsString("1405**********"));
        assertThat(everySheet, not(containsString(child.idNumber())));
        assertThat(everySheet, containsString(">'=HYPERLINK(&quot;http://attacker.example&quot;"));
        assertThat(everySheet, containsString(">'+1 骑车上学路上无人接送<"));
        assertFalse(everySheet.contains("<f>") || everySheet.contains("<f "), "no cell is a formula");
        assertEquals(exports + 1, auditEvents("CHILD_FILE_EXPORT", child.id()));
    }

    @Test
    void shouldNotExportAChildOutOfScope() {
        PortalBrowser yangcheng = new PortalBrowser();
        yangcheng.signIn("county.officer.yangcheng", "/portal");
        HttpResponse<byte[]> download = yangcheng.getBytes(PortalBrowser.baseUrl() + "/portal/children/"
                + CHILD_WITH_PATHWAY + "/file.xlsx");
        assertEquals(404, download.statusCode());
        assertThat(download.headers().firstValue("Content-Type").orElse(""), containsString("text/html"));
        assertFalse(new String(download.body(), StandardCharsets.UTF_8).contains("李华"));
    }

    @Test
    void shouldExportInEnglishWhenTheUserChoseEnglish() throws Exception {
        PortalBrowser officer = new PortalBrowser();
        officer.signIn("county.officer", "/portal");
        officer.get(PortalBrowser.baseUrl() + "/portal/language?lang=en&back=/portal");
        Map<String, String> parts = ZipEntries.of(officer.getBytes(PortalBrowser.baseUrl() + "/portal/children/"
                + CHILD_WITH_PATHWAY + "/file.xlsx").body());
        assertThat(parts.get("xl/workbook.xml"), containsString("Basic information"));
        assertThat(parts.get("xl/workbook.xml"), containsString("Rehabilitation"));
    }


    static long auditEvents(String operation, String recordId) throws Exception {
        try (Connection connection = Database.asSuperuser(); PreparedStatement statement = connection.prepareStatement(
                "select count(*) from audit_event where operation = ? and record_ids like ?")) {
            statement.setString(1, operation);
            statement.setString(2, "%" + recordId + "%");
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}

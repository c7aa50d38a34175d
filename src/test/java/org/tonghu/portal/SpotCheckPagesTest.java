package org.tonghu.portal;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tonghu.testing.Database;
import org.tonghu.testing.LocalModeTestResource;
import org.tonghu.testing.PortalBrowser;
import org.tonghu.time.ChinaTime;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * File spot checks in the portal: an officer opens a check from the form (errors on the fields), scores a file from
 * its checklist form (a pre-filled item overridden only with a note), the director marks the task done, the officer
 * reopens and confirms it; the links on the home page, and who gets 403 or "not found".
 */
@QuarkusTest
@QuarkusTestResource(LocalModeTestResource.class)
class SpotCheckPagesTest {

    /** A fixture child of 沁水演示一镇东村 (王小明), the village of the demo director. */
    static final String CHILD_OF_DIRECTOR = "00000000-0000-4000-8000-000000001001";

    static String single(String sql, String... parameters) throws SQLException {
        try (Connection connection = Database.asService();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setString(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        }
    }

    @Test
    void shouldLinkTheHomePagesAndRefuseOthers() {
        assertThat(new PortalBrowser().signIn("county.officer", "/portal").body(),
                containsString("id=\"spot-checks-link\""));
        String director = new PortalBrowser().signIn("village.director", "/portal").body();
        assertThat(director, containsString("id=\"rectification-tasks-link\""));
        assertThat(director, not(containsString("id=\"spot-checks-link\"")));
        assertThat(new PortalBrowser().signIn("womens.federation", "/portal").body(),
                not(containsString("spot-checks")));
        assertEquals(403, new PortalBrowser().signIn("womens.federation", "/portal/spot-checks").statusCode());
        assertEquals(403, new PortalBrowser().signIn("village.director", "/portal/spot-checks").statusCode());
        assertEquals(403, new PortalBrowser().signIn("womens.federation", "/portal/spot-checks/tasks").statusCode());
        HttpResponse<String> english = new PortalBrowser().signIn("county.officer",
                "/portal/language?lang=en&back=/portal/spot-checks");
        assertThat(english.body(), containsString("Open a spot check"));
    }

    @Test
    void shouldOpenACheckScoreAFileAndFollowTheTaskToItsConfirmation() throws SQLException {
        PortalBrowser county = new PortalBrowser();
        assertEquals(200, county.signIn("county.officer", "/portal/spot-checks").statusCode());
        Map<String, String> open = new LinkedHashMap<>();
        open.put("regionCode", "140521000000");
        open.put("year", "2024");
        open.put("filesPerTownship", "500");
        open.put("seed", "page-seed");
        HttpResponse<String> opened = county.submit("/portal/spot-checks", "/portal/spot-checks", open);
        assertEquals(200, opened.statusCode());
        assertThat(opened.body(), containsString("id=\"results\""));
        assertThat(opened.body(), containsString("page-seed"));
        assertThat(opened.body(), containsString("data-township=\"140521901000\""));
        assertThat(opened.body(), containsString("王小明"));
        String check = single("select id::text from spot_check where region_code = '140521000000' and year = 2024");
        HttpResponse<String> again = county.submit("/portal/spot-checks", "/portal/spot-checks", open);
        assertEquals(422, again.statusCode());
        assertThat(again.body(), containsString("id=\"year-error\""));
        assertThat(again.body(), containsString("该地区本年度已开展抽查"));
        assertThat(county.get(PortalBrowser.baseUrl() + "/portal/spot-checks/" + check + "?redraw=1").body(),
                containsString("结果与记录一致"));

        String file = single("select f.id::text from spot_check_file f where f.spot_check_id = ?::uuid"
                + " and f.child_id = ?::uuid", check, CHILD_OF_DIRECTOR);
        String guardians = single("select guardians_recorded::text from spot_check_file where id = ?::uuid", file);
        String filePath = "/portal/spot-checks/files/" + file;
        assertThat(county.get(PortalBrowser.baseUrl() + filePath).body(), containsString("id=\"score-form\""));
        Map<String, String> form = new LinkedHashMap<>();
        form.put("version", "0");
        form.put("item_PHOTOS_PRESENT", "false");
        HttpResponse<String> incomplete = county.submit(filePath, filePath + "/score", form);
        assertEquals(422, incomplete.statusCode());
        assertThat(incomplete.body(), containsString("id=\"items-error\""));
        form.put("item_CARE_PLAN_PRESENT", "true");
        form.put("item_INFORMATION_ACCURATE", "true");
        form.put("item_SIGNATURES_PRESENT", "true");
        form.put("item_GUARDIANS_RECORDED", "true".equals(guardians) ? "false" : "true");
        form.put("note_GUARDIANS_RECORDED", "");
        HttpResponse<String> noNote = county.submit(filePath, filePath + "/score", form);
        assertEquals(422, noNote.statusCode());
        assertThat(noNote.body(), containsString("id=\"GUARDIANS_RECORDED-error\""));
        assertEquals("0", single("select count(*)::text from spot_check_item where file_id = ?::uuid", file));
        form.put("note_GUARDIANS_RECORDED", "入户核实");
        HttpResponse<String> scored = county.submit(filePath, filePath + "/score", form);
        assertEquals(200, scored.statusCode());
        assertThat(scored.body(), containsString("id=\"file-score\""));
        assertThat(scored.body(), not(containsString("id=\"score-form\"")));
        assertThat(scored.body(), containsString("入户核实"));

        String task = single("select id::text from rectification_task where file_id = ?::uuid"
                + " and item = 'PHOTOS_PRESENT'", file);
        String taskPath = "/portal/spot-checks/tasks/" + task;
        PortalBrowser director = new PortalBrowser();
        assertThat(director.signIn("village.director", "/portal/spot-checks/tasks?filter=OPEN").body(),
                containsString("data-task-id=\"" + task + "\""));
        Map<String, String> done = new LinkedHashMap<>();
        done.put("version", "0");
        done.put("note", "");
        HttpResponse<String> blank = director.submit(taskPath, taskPath + "/complete", done);
        assertEquals(422, blank.statusCode());
        assertThat(blank.body(), containsString("id=\"note-error\""));
        done.put("note", "已补拍照片");
        HttpResponse<String> marked = director.submit(taskPath, taskPath + "/complete", done);
        assertEquals(200, marked.statusCode());
        assertThat(marked.body(), containsString("已补拍照片"));
        assertThat(marked.body(), not(containsString("id=\"complete-form\"")));
        assertThat(marked.body(), not(containsString("id=\"confirm-form\"")));

        assertThat(county.get(PortalBrowser.baseUrl() + taskPath).body(), containsString("id=\"reopen-form\""));
        Map<String, String> reopen = new LinkedHashMap<>();
        reopen.put("version", "1");
        reopen.put("note", "照片模糊");
        HttpResponse<String> reopened = county.submit(taskPath, taskPath + "/reopen", reopen);
        assertEquals(200, reopened.statusCode());
        assertThat(reopened.body(), containsString("照片模糊"));
        assertThat(reopened.body(), containsString(ChinaTime.today().plusDays(30).getYear() + ""));
        done.put("version", "2");
        done.put("note", "已重新拍照");
        assertEquals(200, director.submit(taskPath, taskPath + "/complete", done).statusCode());
        HttpResponse<String> confirmed = county.submit(taskPath, taskPath + "/confirm", Map.of("version", "3"));
        assertEquals(200, confirmed.statusCode());
        assertThat(confirmed.body(), not(containsString("id=\"confirm-form\"")));
        assertEquals("CONFIRMED", single("select status from rectification_task where id = ?::uuid", task));
        HttpResponse<String> stale = county.submit("/portal/spot-checks", taskPath + "/confirm",
                Map.of("version", "0"));
        assertEquals(409, stale.statusCode());

        assertEquals(404, new PortalBrowser().signIn("county.officer.yangcheng", "/portal/spot-checks/" + check)
                .statusCode());
        assertEquals(404, new PortalBrowser().signIn("county.officer.yangcheng", filePath).statusCode());
        assertEquals(404, new PortalBrowser().signIn("county.officer.yangcheng", taskPath).statusCode());
    }
}

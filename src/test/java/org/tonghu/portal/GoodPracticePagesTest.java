package org.tonghu.portal;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.tonghu.goodpractice.GoodPracticeCases;
import org.tonghu.testing.Database;
import org.tonghu.testing.GraphQLClient;
import org.tonghu.testing.LocalModeTestResource;
import org.tonghu.testing.PortalBrowser;
import org.tonghu.testing.Tokens;
import org.tonghu.time.ChinaTime;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Good-practice cases in the portal: a county officer drafts a case from the form (personal data refused on the
 * field), submits it, the city returns it with comments and, once resubmitted, recommends it; the province selects and
 * publishes it; the public pages show it without sign-in, and show no unpublished case.
 */
@QuarkusTest
@QuarkusTestResource(LocalModeTestResource.class)
class GoodPracticePagesTest {

    private static final HttpClient ANONYMOUS = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .build();

    static HttpResponse<String> anonymous(String path) throws Exception {
        return ANONYMOUS.send(HttpRequest.newBuilder(URI.create(PortalBrowser.baseUrl() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static Map<String, String> form(String story) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("title", "门户撰写的案例");
        fields.put("regionCode", GoodPracticeCases.QINSHUI);
        fields.put("planAction", "SAFETY_PROTECTION");
        fields.put("summary", "暑期防溺水安全教育进村。");
        fields.put("story", story);
        fields.put("results", "覆盖村庄|42|个\n参与儿童|1300|人");
        return fields;
    }

    @Test
    void shouldDraftSubmitReturnAndPublishACaseThroughThePages() throws Exception {
        GoodPracticeCases.ensureOpenRound();
        PortalBrowser county = new PortalBrowser();
        HttpResponse<String> home = county.signIn("county.officer", "/portal");
        assertThat(home.body(), containsString("href=\"/portal/cases\""));
        HttpResponse<String> list = county.get(PortalBrowser.baseUrl() + "/portal/cases");
        assertEquals(200, list.statusCode());
        assertThat(list.body(), containsString("id=\"new-case\""));
        assertThat(list.body(), not(containsString("id=\"to-review\"")));
        assertThat(list.body(), containsString("id=\"mine-items\""));
        assertThat(list.body(), containsString("id=\"published-items\""));
        HttpResponse<String> refused = county.submit("/portal/cases/new", "/portal/cases",
                form("家长电话13912345678，请联系。"));
        assertEquals(422, refused.statusCode());
        assertThat(refused.body(), containsString("id=\"story-error\""));
        assertThat(refused.body(), containsString("疑似电话号码"));
        assertThat(refused.body(), containsString("13912345678"));
        String story = "县民政局联合教育局开展防溺水教育。\n每个村设置警示牌。";
        HttpResponse<String> saved = county.submit("/portal/cases/new", "/portal/cases", form(story));
        assertEquals(200, saved.statusCode());
        Matcher id = Pattern.compile("/portal/cases/([0-9a-f-]{36})\\?saved=1").matcher(saved.uri().toString());
        assertTrue(id.find(), saved.uri().toString());
        String path = "/portal/cases/" + id.group(1);
        assertThat(saved.body(), containsString("每个村设置警示牌。"));
        assertThat(saved.body(), containsString("id=\"submit-form\""));
        assertEquals(2L, Database.count("good_practice_case_result where case_id = '" + id.group(1) + "'"));
        HttpResponse<String> submitted = county.submit(path, path + "/submit", Map.of("version", "0"));
        assertThat(submitted.body(), containsString("已报送市级"));
        assertThat(submitted.body(), not(containsString("id=\"submit-form\"")));
        // the city returns it with comments (a blank comment is refused on the field)
        PortalBrowser city = new PortalBrowser();
        HttpResponse<String> toReview = city.signIn("city.officer", "/portal/cases");
        assertThat(toReview.body(), containsString("data-case-id=\"" + id.group(1) + "\""));
        city.get(PortalBrowser.baseUrl() + path);
        HttpResponse<String> blank = city.submit(path, path + "/return", Map.of("version", "1", "comment", ""));
        assertEquals(422, blank.statusCode());
        assertThat(blank.body(), containsString("id=\"comment-error\""));
        HttpResponse<String> returned = city.submit(path, path + "/return",
                Map.of("version", "1", "comment", "请补充参与儿童的年龄分布"));
        assertThat(returned.body(), containsString("已退回修改"));
        HttpResponse<String> again = county.get(PortalBrowser.baseUrl() + path);
        assertThat(again.body(), containsString("请补充参与儿童的年龄分布"));
        assertThat(again.body(), containsString("id=\"edit-case\""));
        county.get(PortalBrowser.baseUrl() + path + "/edit");
        Map<String, String> revised = form(story + "\n参与儿童中小学生占九成。");
        revised.put("version", "2");
        HttpResponse<String> edited = county.submit(path + "/edit", path, revised);
        assertThat(edited.body(), containsString("参与儿童中小学生占九成。"));
        HttpResponse<String> stale = county.submit(path + "/edit", path, revised);
        assertEquals(409, stale.statusCode());
        county.submit(path, path + "/submit", Map.of("version", "3"));
        city.get(PortalBrowser.baseUrl() + path);
        assertThat(city.submit(path, path + "/recommend", Map.of("version", "4", "comment", "推荐")).body(),
                containsString("市级已推荐"));
        // not published yet: the public page does not show it
        assertEquals(404, anonymous("/cases/" + id.group(1)).statusCode());
        assertThat(anonymous("/cases").body(), not(containsString(id.group(1))));
        PortalBrowser province = new PortalBrowser();
        province.signIn("province.officer", path);
        HttpResponse<String> badScore = province.submit(path, path + "/select",
                Map.of("version", "5", "score", "abc", "comment", ""));
        assertEquals(422, badScore.statusCode());
        assertThat(badScore.body(), containsString("id=\"score-error\""));
        province.submit(path, path + "/select", Map.of("version", "5", "score", "88", "comment", "可推广"));
        assertThat(province.submit(path, path + "/publish", Map.of("version", "6")).body(),
                containsString("id=\"score\""));
        // published: on the public pages without sign-in, without the review
        HttpResponse<String> publicList = anonymous("/cases");
        assertEquals(200, publicList.statusCode());
        assertThat(publicList.body(), containsString("href=\"/cases/" + id.group(1) + "\""));
        HttpResponse<String> publicCase = anonymous("/cases/" + id.group(1));
        assertEquals(200, publicCase.statusCode());
        assertThat(publicCase.body(), containsString("每个村设置警示牌。"));
        assertThat(publicCase.body(), not(containsString("可推广")));
        assertThat(publicCase.body(), not(containsString("张丽")));
    }

    @Test
    void shouldServePublishedPhotosOnlyWithoutSignIn() throws Exception {
        String county = Tokens.of("county.officer");
        String draft = GoodPracticeCases.draft("county.officer",
                GoodPracticeCases.input("草稿照片", GoodPracticeCases.QINSHUI, "草稿。"));
        String shown = GoodPracticeCases.draft("county.officer",
                GoodPracticeCases.input("有照片的案例", GoodPracticeCases.QINSHUI, "照片。"));
        byte[] png = { (byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d };
        Map<String, Object> photo = Map.of("contentBase64", Base64.getEncoder().encodeToString(png),
                "consentGivenBy", "家长代表", "consentRelation", "监护人",
                "consentGivenOn", ChinaTime.today().toString());
        for (String id : new String[] { draft, shown }) {
            GraphQLClient.run(county, "goodpractice/addGoodPracticeCasePhoto", "caseId", id, "input", photo)
                    .body("errors", org.hamcrest.Matchers.nullValue());
        }
        GraphQLClient.run(county, "goodpractice/submitGoodPracticeCase", "id", shown, "expectedVersion", 1);
        GraphQLClient.run(Tokens.of("city.officer"), "goodpractice/recommendGoodPracticeCase", "id", shown,
                "expectedVersion", 2);
        GraphQLClient.run(Tokens.of("province.officer"), "goodpractice/selectGoodPracticeCase", "id", shown,
                "expectedVersion", 3, "input", Map.of("score", 80));
        GraphQLClient.run(Tokens.of("province.officer"), "goodpractice/publishGoodPracticeCase", "id", shown,
                "expectedVersion", 4).body("data.publishGoodPracticeCase.photos[0].url",
                        org.hamcrest.Matchers.equalTo("/cases/" + shown + "/photos/1"));
        HttpResponse<String> publicPhoto = anonymous("/cases/" + shown + "/photos/1");
        assertEquals(200, publicPhoto.statusCode());
        assertEquals("image/png", publicPhoto.headers().firstValue("Content-Type").orElse(""));
        assertThat(anonymous("/cases/" + shown).body(), containsString("src=\"/cases/" + shown + "/photos/1\""));
        assertThat(anonymous("/cases/" + shown).body(), not(containsString("家长代表")));
        assertEquals(404, anonymous("/cases/" + shown + "/photos/2").statusCode());
        assertEquals(404, anonymous("/cases/" + draft + "/photos/1").statusCode());
        assertEquals(404, anonymous("/cases/" + draft).statusCode());
        assertEquals(404, anonymous("/cases/not-an-id").statusCode());
        assertEquals(200, new PortalBrowser().signIn("county.officer", "/portal/cases/" + draft + "/photos/1")
                .statusCode());
        assertEquals(404, new PortalBrowser().signIn("youth.league", "/portal/cases/" + draft + "/photos/1")
                .statusCode());
        assertEquals(404, new PortalBrowser().signIn("youth.league", "/portal/cases/" + draft).statusCode());
        assertEquals(200, new PortalBrowser().signIn("youth.league", "/portal/cases/" + shown).statusCode());
    }

    private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 'I', 'H',
        'D', 'R' };

    @Test
    void shouldAddAndRemoveAPhotoWithConsentOnTheCasePage() throws Exception {
        String id = GoodPracticeCases.draft("county.officer",
                GoodPracticeCases.input("门户上传照片", GoodPracticeCases.QINSHUI, "照片上传。"));
        String path = "/portal/cases/" + id;
        String photos = "good_practice_case_photo where case_id = '" + id + "'";
        PortalBrowser county = new PortalBrowser();
        HttpResponse<String> page = county.signIn("county.officer", path);
        assertThat(page.body(), containsString("id=\"photo-form\""));
        assertThat(page.body(), containsString("enctype=\"multipart/form-data\""));
        // without consent: refused beside the form, nothing written
        Map<String, String> noConsent = new LinkedHashMap<>();
        noConsent.put("caption", "活动现场");
        noConsent.put("consentGivenBy", "");
        noConsent.put("consentRelation", "");
        noConsent.put("consentGivenOn", "");
        HttpResponse<String> refused = county.submitMultipart(path, path + "/photos", noConsent, "photo", "a.png",
                "image/png", PNG);
        assertEquals(422, refused.statusCode());
        assertThat(refused.body(), containsString("id=\"consentGivenBy-error\""));
        assertThat(refused.body(), containsString("id=\"consentGivenOn-error\""));
        assertThat(refused.body(), containsString("value=\"活动现场\""));
        assertEquals(0L, Database.count(photos));
        // without the CSRF token (a forged cross-site upload): refused before anything is read
        java.net.HttpCookie session = county.cookieNamed("q_session").orElseThrow();
        HttpResponse<String> forged = ANONYMOUS.send(HttpRequest.newBuilder(URI.create(PortalBrowser.baseUrl() + path
                + "/photos")).header("Cookie", session.getName() + "=" + session.getValue())
                .header("Content-Type", "multipart/form-data; boundary=x")
                .POST(HttpRequest.BodyPublishers.ofString("--x\r\nContent-Disposition: form-data; name=\"caption\"\r\n"
                        + "\r\nforged\r\n--x--\r\n")).build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(forged.statusCode() == 400 || forged.statusCode() == 403, "status " + forged.statusCode());
        assertEquals(0L, Database.count(photos));
        // not an image: refused on the file
        Map<String, String> consent = new LinkedHashMap<>();
        consent.put("caption", "活动现场");
        consent.put("consentGivenBy", "家长代表");
        consent.put("consentRelation", "监护人");
        consent.put("consentGivenOn", ChinaTime.today().toString());
        HttpResponse<String> notImage = county.submitMultipart(path, path + "/photos", consent, "photo", "a.txt",
                "text/plain", "不是图片".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(422, notImage.statusCode());
        assertThat(notImage.body(), containsString("id=\"photo-error\""));
        assertEquals(0L, Database.count(photos));
        // with consent: shown on the page and stored
        HttpResponse<String> added = county.submitMultipart(path, path + "/photos", consent, "photo", "a.png",
                "image/png", PNG);
        assertEquals(200, added.statusCode(), added.uri() + " " + added.body());
        assertThat(added.body(), containsString("src=\"" + path + "/photos/1\""));
        assertThat(added.body(), containsString("家长代表"));
        assertThat(added.body(), containsString("id=\"remove-photo-1\""));
        assertEquals(1L, Database.count(photos));
        assertEquals(200, county.getBytes(PortalBrowser.baseUrl() + path + "/photos/1").statusCode());
        // the city sees the photo but may not remove one
        PortalBrowser city = new PortalBrowser();
        HttpResponse<String> cityPage = city.signIn("city.officer", path);
        assertThat(cityPage.body(), not(containsString("id=\"photo-form\"")));
        HttpResponse<String> removed = county.submit(path, path + "/photos/1/remove", Map.of());
        assertEquals(200, removed.statusCode());
        assertThat(removed.body(), not(containsString("src=\"" + path + "/photos/1\"")));
        assertEquals(0L, Database.count(photos));
        HttpResponse<String> again = county.submit(path, path + "/photos/1/remove", Map.of());
        assertEquals(422, again.statusCode());
    }

    @Test
    void shouldLetTheProvinceOpenARoundAndMoveItsDeadline() throws Exception {
        GoodPracticeCases.ensureOpenRound();
        int year = ChinaTime.today().getYear() - 1;
        try (java.sql.Connection connection = Database.asSuperuser();
                java.sql.Statement statement = connection.createStatement()) {
            // a database kept from an earlier run: the year is free again (no case of it exists)
            statement.executeUpdate("delete from good_practice_round where year = " + year
                    + " and not exists (select 1 from good_practice_case where year = " + year + ")");
        }
        PortalBrowser province = new PortalBrowser();
        HttpResponse<String> list = province.signIn("province.officer", "/portal/cases");
        assertThat(list.body(), containsString("id=\"rounds-link\""));
        HttpResponse<String> rounds = province.get(PortalBrowser.baseUrl() + "/portal/cases/rounds");
        assertEquals(200, rounds.statusCode());
        assertThat(rounds.body(), containsString("data-year=\"" + ChinaTime.today().getYear() + "\""));
        HttpResponse<String> badDeadline = province.submit("/portal/cases/rounds", "/portal/cases/rounds",
                Map.of("year", String.valueOf(year), "deadline", (year + 1) + "-01-10"));
        assertEquals(422, badDeadline.statusCode());
        assertThat(badDeadline.body(), containsString("id=\"deadline-error\""));
        HttpResponse<String> opened = province.submit("/portal/cases/rounds", "/portal/cases/rounds",
                Map.of("year", String.valueOf(year), "deadline", year + "-11-30"));
        assertEquals(200, opened.statusCode());
        assertThat(opened.body(), containsString("data-year=\"" + year + "\""));
        assertEquals(1L, Database.count("good_practice_round where year = " + year + " and deadline = '" + year
                + "-11-30'"));
        HttpResponse<String> twice = province.submit("/portal/cases/rounds", "/portal/cases/rounds",
                Map.of("year", String.valueOf(year), "deadline", year + "-11-30"));
        assertEquals(422, twice.statusCode());
        assertThat(twice.body(), containsString("id=\"year-error\""));
        HttpResponse<String> moved = province.submit("/portal/cases/rounds", "/portal/cases/rounds/" + year,
                Map.of("version", "0", "deadline", year + "-12-15"));
        assertEquals(200, moved.statusCode());
        assertEquals(1L, Database.count("good_practice_round where year = " + year + " and deadline = '" + year
                + "-12-15'"));
        HttpResponse<String> stale = province.submit("/portal/cases/rounds", "/portal/cases/rounds/" + year,
                Map.of("version", "0", "deadline", year + "-12-20"));
        assertEquals(409, stale.statusCode());
        assertThat(stale.body(), containsString("id=\"conflict\""));
        assertEquals(1L, Database.count("good_practice_round where year = " + year + " and deadline = '" + year
                + "-12-15'"));
        // a county officer neither sees the link nor reaches the page
        PortalBrowser county = new PortalBrowser();
        assertThat(county.signIn("county.officer", "/portal/cases").body(), not(containsString("rounds-link")));
        int status = county.get(PortalBrowser.baseUrl() + "/portal/cases/rounds").statusCode();
        assertTrue(status == 403 || status == 404, "status " + status);
    }
}

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
}

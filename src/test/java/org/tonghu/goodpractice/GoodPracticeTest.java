package org.tonghu.goodpractice;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tonghu.goodpractice.GoodPracticeCases.QINSHUI;
import static org.tonghu.goodpractice.GoodPracticeCases.YANGCHENG;
import static org.tonghu.goodpractice.GoodPracticeCases.draft;
import static org.tonghu.goodpractice.GoodPracticeCases.input;
import static org.tonghu.testing.GraphQLClient.document;
import static org.tonghu.testing.GraphQLClient.run;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.tonghu.child.NationalIdNumber;
import org.tonghu.idempotency.IdempotencyKeys;
import org.tonghu.testing.Database;
import org.tonghu.testing.GraphQLClient;
import org.tonghu.testing.LocalModeTestResource;
import org.tonghu.testing.TestChildren;
import org.tonghu.testing.Tokens;
import org.tonghu.time.ChinaTime;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/**
 * Good-practice cases: the personal-data check (ID numbers, phone numbers, names of the children registered in the
 * case's region, on saving and again on submitting), the states with return and resubmission, who sees what, photos
 * with consent and their limits, idempotent drafting, the counts for the annual report.
 */
@QuarkusTest
@QuarkusTestResource(LocalModeTestResource.class)
class GoodPracticeTest {

    /** The smallest PNG: a signature and nothing else that matters to the type check. */
    static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d };
    private static final AtomicInteger NAMES = new AtomicInteger(500);

    @Inject
    GoodPracticeService service;

    static ValidatableResponse create(String user, Map<String, Object> input) {
        GoodPracticeCases.ensureOpenRound();
        return run(Tokens.of(user), "goodpractice/createGoodPracticeCase", "input", input);
    }

    /** Registers a child in a Qinshui village under a name of the test's choosing (county officer). */
    static void registerChildNamed(String name) {
        int n = NAMES.incrementAndGet();
        run(Tokens.of("county.officer"), "child/createChild", "input", Map.of("name", name, "gender", "MALE",
                "birthDate", "2015-08-12", "idNumber", NationalIdNumber.withCheckCharacter("14052120150812"
                        + String.format("%03d", n)), "residenceVillageCode", "140521901202", "categories",
                List.of("LEFT_BEHIND"), "riskFactors", List.of(), "schoolStatus", "IN_SCHOOL"))
                .body("errors", nullValue());
    }

    /** A Chinese name of five characters no other test uses. */
    static String freshName() {
        int n = NAMES.incrementAndGet();
        String digits = "零一二三四五六七八九";
        return "欧阳" + digits.charAt(n / 100 % 10) + digits.charAt(n / 10 % 10) + digits.charAt(n % 10);
    }

    @Test
    void shouldRefuseNationalIdNumbersAndPhoneNumbersWithoutEchoingThem() {
        String idNumber = TestChildren.unregistered().idNumber();
        create("county.officer", input("身份证", QINSHUI, "孩子身份证号 " + idNumber + " 已登记。"))
                .body("errors[0].extensions.code", equalTo("VALIDATION_FAILED"))
                .body("errors[0].extensions.problems.code", contains("ID_NUMBER_IN_TEXT"))
                .body("errors[0].extensions.problems.field", contains("input.story"))
                .body("errors[0].message", not(org.hamcrest.Matchers.containsString(idNumber.substring(6))))
                .body("errors[0].extensions.problems[0].message",
                        not(org.hamcrest.Matchers.containsString(idNumber.substring(6))))
                .body("data", nullValue());
        create("county.officer", input("手机", QINSHUI, "联系家长：138 1234 5678。"))
                .body("errors[0].extensions.problems.code", contains("PHONE_NUMBER_IN_TEXT"));
        Map<String, Object> landline = input("座机 0356-2223344", QINSHUI, "平常的故事。");
        create("county.officer", landline)
                .body("errors[0].extensions.problems.code", contains("PHONE_NUMBER_IN_TEXT"))
                .body("errors[0].extensions.problems.field", contains("input.title"));
        // an 18-digit figure that is not an ID number (wrong check character), and years and counts, pass
        String notAnId = idNumber.substring(0, 17) + (idNumber.charAt(17) == '1' ? "2" : "1");
        create("county.officer", input("编号", QINSHUI, "项目编号 " + notAnId + "，2026年服务 1200 人次。"))
                .body("errors", nullValue());
    }

    @Test
    void shouldRefuseTheNameOfAChildRegisteredInTheCasesRegionButNotOfAnotherRegion() throws SQLException {
        String name = freshName();
        registerChildNamed(name);
        String story = "我们帮助了" + name + "重返校园。";
        create("county.officer", input("重返校园", QINSHUI, story))
                .body("errors[0].extensions.problems.code", contains("CHILD_NAME_IN_TEXT"))
                .body("errors[0].extensions.problems.field", contains("input.story"))
                .body("errors[0].extensions.problems[0].message", not(org.hamcrest.Matchers.containsString(name)));
        Map<String, Object> inResult = input("结果", QINSHUI, "平常的故事。");
        inResult.put("results", List.of(Map.of("label", name + "的成绩", "figure", 1)));
        create("county.officer", inResult)
                .body("errors[0].extensions.problems.field", contains("input.results[0].label"));
        // the child lives in Qinshui: a Yangcheng case may name someone of that name (most likely another person)
        Map<String, Object> yangcheng = input("阳城的故事", YANGCHENG, story);
        yangcheng.put("organizationIds", List.of());
        create("county.officer.yangcheng", yangcheng).body("errors", nullValue())
                .body("data.createGoodPracticeCase.state", equalTo("DRAFT"));
        assertEquals(0, countCasesWithStory(story, QINSHUI), "nothing of the refused drafts was written");
        // a name of two or three characters (found through the name index) as well as a longer one
        String shortName = "阙" + freshName().substring(3);
        registerChildNamed(shortName);
        create("county.officer", input("短名", QINSHUI, "感谢" + shortName + "的家人配合走访。"))
                .body("errors[0].extensions.problems.code", contains("CHILD_NAME_IN_TEXT"));
    }

    @Test
    void shouldCheckAgainOnSubmissionForChildrenRegisteredSinceTheDraft() {
        String name = freshName();
        String id = draft("county.officer", input("后来登记", QINSHUI, "回访了" + name + "一家。"));
        registerChildNamed(name);
        run(Tokens.of("county.officer"), "goodpractice/submitGoodPracticeCase", "id", id, "expectedVersion", 0)
                .body("errors[0].extensions.problems.code", contains("CHILD_NAME_IN_TEXT"))
                .body("errors[0].extensions.problems.field", contains("input.story"));
        run(Tokens.of("county.officer"), "goodpractice/goodPracticeCase", "id", id)
                .body("data.goodPracticeCase.state", equalTo("DRAFT"))
                .body("data.goodPracticeCase.version", equalTo(0));
    }

    @Test
    void shouldWalkThroughReturnAndResubmissionToPublication() {
        String id = draft("county.officer", input("留守儿童之家", QINSHUI, "每周末开放，志愿者陪伴阅读。"));
        String county = Tokens.of("county.officer");
        String city = Tokens.of("city.officer");
        String province = Tokens.of("province.officer");
        run(county, "goodpractice/goodPracticeCase", "id", id)
                .body("data.goodPracticeCase.actions", contains("SUBMIT"))
                .body("data.goodPracticeCase.editable", equalTo(true))
                .body("data.goodPracticeCase.results[1].figure", equalTo(98.5f))
                .body("data.goodPracticeCase.organizations[0].name", equalTo("沁水县民政局"))
                .body("data.goodPracticeCase.regionName", equalTo("沁水县"));
        run(county, "goodpractice/submitGoodPracticeCase", "id", id, "expectedVersion", 0)
                .body("errors", nullValue())
                .body("data.submitGoodPracticeCase.state", equalTo("SUBMITTED"))
                .body("data.submitGoodPracticeCase.editable", equalTo(false))
                .body("data.submitGoodPracticeCase.version", equalTo(1));
        run(county, "goodpractice/updateGoodPracticeCase", "id", id, "expectedVersion", 1, "input",
                input("改", QINSHUI, "改")).body("errors[0].extensions.problems.code", contains("STATE_INVALID"));
        run(county, "goodpractice/recommendGoodPracticeCase", "id", id, "expectedVersion", 1, "comment", "自荐")
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        run(province, "goodpractice/publishGoodPracticeCase", "id", id, "expectedVersion", 1)
                .body("errors[0].extensions.problems.code", contains("STATE_INVALID"));
        run(city, "goodpractice/goodPracticeCase", "id", id)
                .body("data.goodPracticeCase.actions", contains("RECOMMEND", "RETURN"));
        run(city, "goodpractice/recommendGoodPracticeCase", "id", id, "expectedVersion", 0, "comment", "旧版本")
                .body("errors[0].extensions.code", equalTo("CONFLICT"));
        run(city, "goodpractice/recommendGoodPracticeCase", "id", id, "expectedVersion", 1, "comment", "值得推广")
                .body("errors", nullValue())
                .body("data.recommendGoodPracticeCase.state", equalTo("RECOMMENDED"))
                .body("data.recommendGoodPracticeCase.recommendationComment", equalTo("值得推广"));
        run(province, "goodpractice/returnGoodPracticeCase", "id", id, "expectedVersion", 2, "comment", " ")
                .body("errors[0].extensions.problems.code", contains("COMMENT_REQUIRED"));
        run(province, "goodpractice/returnGoodPracticeCase", "id", id, "expectedVersion", 2, "comment",
                "请补充成效数据").body("errors", nullValue())
                .body("data.returnGoodPracticeCase.state", equalTo("RETURNED"))
                .body("data.returnGoodPracticeCase.returnComment", equalTo("请补充成效数据"));
        run(county, "goodpractice/goodPracticeCase", "id", id)
                .body("data.goodPracticeCase.editable", equalTo(true))
                .body("data.goodPracticeCase.returnComment", equalTo("请补充成效数据"));
        Map<String, Object> revised = input("留守儿童之家", QINSHUI, "每周末开放，志愿者陪伴阅读，已服务三年。");
        run(county, "goodpractice/updateGoodPracticeCase", "id", id, "expectedVersion", 3, "input", revised)
                .body("errors", nullValue())
                .body("data.updateGoodPracticeCase.state", equalTo("RETURNED"))
                .body("data.updateGoodPracticeCase.version", equalTo(4));
        run(county, "goodpractice/submitGoodPracticeCase", "id", id, "expectedVersion", 4)
                .body("data.submitGoodPracticeCase.state", equalTo("SUBMITTED"))
                .body("data.submitGoodPracticeCase.recommendationComment", nullValue());
        run(city, "goodpractice/recommendGoodPracticeCase", "id", id, "expectedVersion", 5)
                .body("data.recommendGoodPracticeCase.state", equalTo("RECOMMENDED"));
        run(province, "goodpractice/selectGoodPracticeCase", "id", id, "expectedVersion", 6, "input",
                Map.of("score", 101)).body("errors[0].extensions.problems.code", contains("SCORE_INVALID"));
        run(province, "goodpractice/selectGoodPracticeCase", "id", id, "expectedVersion", 6, "input",
                Map.of("score", 92, "comment", "可复制可推广")).body("errors", nullValue())
                .body("data.selectGoodPracticeCase.state", equalTo("SELECTED"))
                .body("data.selectGoodPracticeCase.score", equalTo(92))
                .body("data.selectGoodPracticeCase.actions", contains("PUBLISH", "RETURN"));
        run(province, "goodpractice/publishGoodPracticeCase", "id", id, "expectedVersion", 7)
                .body("errors", nullValue())
                .body("data.publishGoodPracticeCase.state", equalTo("PUBLISHED"))
                .body("data.publishGoodPracticeCase.publishedAt", notNullValue());
        // published: every signed-in user reads it, without the review and the drafter's name
        run(Tokens.of("village.director"), "goodpractice/goodPracticeCase", "id", id)
                .body("errors", nullValue())
                .body("data.goodPracticeCase.title", equalTo("留守儿童之家"))
                .body("data.goodPracticeCase.score", nullValue())
                .body("data.goodPracticeCase.reviewComment", nullValue())
                .body("data.goodPracticeCase.draftedByName", nullValue())
                .body("data.goodPracticeCase.actions", hasSize(0));
        run(Tokens.partnerApp(), "goodpractice/goodPracticeCases", "listing", "PUBLISHED", "first", 100)
                .body("errors", nullValue())
                .body("data.goodPracticeCases.edges.node.id", hasItem(id))
                .body("data.goodPracticeCases.edges.node.state", everyItem(equalTo("PUBLISHED")));
    }

    @Test
    void shouldSendACitysOwnCaseStraightToTheProvince() {
        Map<String, Object> input = input("市级示范培训", "140500000000", "全市儿童主任示范培训。");
        String id = draft("city.officer", input);
        run(Tokens.of("city.officer"), "goodpractice/submitGoodPracticeCase", "id", id, "expectedVersion", 0)
                .body("data.submitGoodPracticeCase.state", equalTo("RECOMMENDED"));
        run(Tokens.of("province.officer"), "goodpractice/goodPracticeCases", "listing", "TO_REVIEW", "first", 100)
                .body("data.goodPracticeCases.edges.node.id", hasItem(id))
                .body("data.goodPracticeCases.edges.node.state", everyItem(
                        org.hamcrest.Matchers.oneOf("RECOMMENDED", "SELECTED")));
    }

    @Test
    void shouldShowDraftsToTheirDraftersAndSubmittedCasesWithinTheJurisdictionOnly() {
        Map<String, Object> partnerInput = input("爱心妈妈结对", QINSHUI, "妇联组织巾帼志愿者结对陪伴。");
        partnerInput.put("organizationIds", List.of("00000000-0000-4000-8000-000000000102"));
        String partners = draft("womens.federation", partnerInput);
        String countys = draft("county.officer", input("县级草稿", QINSHUI, "草稿内容。"));
        // a partner sees its own, not another partner's nor the county's draft
        run(Tokens.of("womens.federation"), "goodpractice/goodPracticeCase", "id", partners)
                .body("data.goodPracticeCase.ownerOrganizationId", equalTo("00000000-0000-4000-8000-000000000102"))
                .body("data.goodPracticeCase.actions", contains("SUBMIT"));
        for (String user : List.of("youth.league", "county.officer", "city.officer", "village.director")) {
            run(Tokens.of(user), "goodpractice/goodPracticeCase", "id", partners)
                    .body("errors[0].extensions.code", equalTo("GOOD_PRACTICE_CASE_NOT_FOUND"));
        }
        run(Tokens.of("womens.federation"), "goodpractice/goodPracticeCase", "id", countys)
                .body("errors[0].extensions.code", equalTo("GOOD_PRACTICE_CASE_NOT_FOUND"));
        run(Tokens.of("youth.league"), "goodpractice/updateGoodPracticeCase", "id", partners, "expectedVersion", 0,
                "input", partnerInput).body("errors[0].extensions.code", equalTo("GOOD_PRACTICE_CASE_NOT_FOUND"));
        // submitted: the Qinshui county officer and the city see it, Yangcheng's officer does not
        run(Tokens.of("womens.federation"), "goodpractice/submitGoodPracticeCase", "id", partners,
                "expectedVersion", 0).body("data.submitGoodPracticeCase.state", equalTo("SUBMITTED"));
        run(Tokens.of("county.officer"), "goodpractice/goodPracticeCases", "listing", "ALL", "state", "SUBMITTED",
                "first", 100).body("data.goodPracticeCases.edges.node.id", hasItem(partners));
        run(Tokens.of("city.officer"), "goodpractice/goodPracticeCases", "listing", "TO_REVIEW", "first", 100)
                .body("data.goodPracticeCases.edges.node.id", hasItem(partners))
                .body("data.goodPracticeCases.edges.node.id", not(hasItem(countys)));
        run(Tokens.of("county.officer.yangcheng"), "goodpractice/goodPracticeCase", "id", partners)
                .body("errors[0].extensions.code", equalTo("GOOD_PRACTICE_CASE_NOT_FOUND"));
        run(Tokens.of("county.officer.yangcheng"), "goodpractice/goodPracticeCases", "first", 100)
                .body("data.goodPracticeCases.edges.node.id", not(hasItem(partners)));
        run(Tokens.of("village.director"), "goodpractice/goodPracticeCases", "first", 100)
                .body("data.goodPracticeCases.edges.node.state", everyItem(equalTo("PUBLISHED")));
        // the county officer may not draft outside the county
        create("county.officer", input("越界", YANGCHENG, "故事。"))
                .body("errors[0].extensions.problems.code", contains("REGION_OUT_OF_SCOPE"));
        run(Tokens.of("village.director"), "goodpractice/createGoodPracticeCase", "input",
                input("主任", QINSHUI, "故事。")).body("errors[0].extensions.code", equalTo("FORBIDDEN"));
    }

    @Test
    void shouldRequireAConsentForEveryPhotoAndKeepItsLimits() {
        String id = draft("county.officer", input("照片", QINSHUI, "活动照片。"));
        String county = Tokens.of("county.officer");
        String png = Base64.getEncoder().encodeToString(PNG);
        Map<String, Object> photo = new HashMap<>(Map.of("contentBase64", png, "caption", "读书角",
                "consentGivenBy", "  ", "consentRelation", "监护人", "consentGivenOn", ChinaTime.today().toString()));
        run(county, "goodpractice/addGoodPracticeCasePhoto", "caseId", id, "input", photo)
                .body("errors[0].extensions.problems.code", contains("REQUIRED"))
                .body("errors[0].extensions.problems.field", contains("input.consentGivenBy"));
        photo.remove("consentRelation");
        GraphQLClient.post(county, document("goodpractice/addGoodPracticeCasePhoto"), "caseId", id, "input", photo)
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        photo.put("consentRelation", "监护人");
        photo.put("consentGivenBy", "家长代表");
        photo.put("consentGivenOn", ChinaTime.today().plusDays(1).toString());
        run(county, "goodpractice/addGoodPracticeCasePhoto", "caseId", id, "input", photo)
                .body("errors[0].extensions.problems.code", contains("CONSENT_DATE_INVALID"));
        photo.put("consentGivenOn", ChinaTime.today().toString());
        photo.put("contentBase64", Base64.getEncoder().encodeToString("not an image".getBytes()));
        run(county, "goodpractice/addGoodPracticeCasePhoto", "caseId", id, "input", photo)
                .body("errors[0].extensions.problems.code", contains("PHOTO_INVALID"));
        byte[] large = new byte[524_289];
        System.arraycopy(PNG, 0, large, 0, PNG.length);
        photo.put("contentBase64", Base64.getEncoder().encodeToString(large));
        run(county, "goodpractice/addGoodPracticeCasePhoto", "caseId", id, "input", photo)
                .body("errors[0].extensions.problems.code", contains("PHOTO_TOO_LARGE"));
        photo.put("contentBase64", png);
        for (int i = 1; i <= 6; i++) {
            run(county, "goodpractice/addGoodPracticeCasePhoto", "caseId", id, "input", photo)
                    .body("errors", nullValue())
                    .body("data.addGoodPracticeCasePhoto.photos", hasSize(i))
                    .body("data.addGoodPracticeCasePhoto.version", equalTo(i))
                    .body("data.addGoodPracticeCasePhoto.photos[" + (i - 1) + "].number", equalTo(i))
                    .body("data.addGoodPracticeCasePhoto.photos[0].consentGivenBy", equalTo("家长代表"))
                    .body("data.addGoodPracticeCasePhoto.photos[0].url", nullValue());
        }
        run(county, "goodpractice/addGoodPracticeCasePhoto", "caseId", id, "input", photo)
                .body("errors[0].extensions.problems.code", contains("PHOTO_LIMIT_REACHED"));
        run(county, "goodpractice/removeGoodPracticeCasePhoto", "caseId", id, "number", 2)
                .body("data.removeGoodPracticeCasePhoto.photos.number", contains(1, 3, 4, 5, 6));
        run(county, "goodpractice/addGoodPracticeCasePhoto", "caseId", id, "input", photo)
                .body("data.addGoodPracticeCasePhoto.photos.number", contains(1, 3, 4, 5, 6, 7));
        run(Tokens.of("youth.league"), "goodpractice/addGoodPracticeCasePhoto", "caseId", id, "input", photo)
                .body("errors[0].extensions.code", equalTo("GOOD_PRACTICE_CASE_NOT_FOUND"));
    }

    @Test
    void shouldDraftOnceForRetriesWithTheSameIdempotencyKey() throws SQLException {
        GoodPracticeCases.ensureOpenRound();
        String key = "retry-" + UUID.randomUUID();
        Map<String, Object> variables = Map.of("input", input("重试", QINSHUI, "重试的故事。"));
        long before = Database.count("good_practice_case");
        String first = sendWithKey(key, variables).extract().path("data.createGoodPracticeCase.id");
        String retry = sendWithKey(key, variables).extract().path("data.createGoodPracticeCase.id");
        assertEquals(first, retry);
        assertEquals(before + 1, Database.count("good_practice_case"));
    }

    private static ValidatableResponse sendWithKey(String key, Map<String, Object> variables) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("query", document("goodpractice/createGoodPracticeCase"), "variables", variables))
                .auth().oauth2(Tokens.of("county.officer")).header(IdempotencyKeys.HEADER, key)
                .when().post("/graphql").then().statusCode(200).body("errors", nullValue());
    }

    @Test
    void shouldCountTheCasesOfARegionByState() {
        int year = ChinaTime.today().getYear();
        GoodPracticeCounts before = service.countCases("140522", year);
        Map<String, Object> input = input("阳城计数", YANGCHENG, "计数用的故事。");
        input.put("organizationIds", List.of());
        String id = draft("county.officer.yangcheng", input);
        run(Tokens.of("county.officer.yangcheng"), "goodpractice/submitGoodPracticeCase", "id", id,
                "expectedVersion", 0).body("errors", nullValue());
        draft("county.officer.yangcheng", input);
        GoodPracticeCounts after = service.countCases("140522", year);
        assertEquals(before.draft() + 1, after.draft());
        assertEquals(before.submitted() + 1, after.submitted());
        assertEquals(before.total() + 2, after.total());
        assertEquals(0, service.countCases("140522", year - 5).total());
        assertFalse(service.countCases("1405", year).total() < after.total());
    }

    @Test
    void shouldHaveDemoCasesOfJinchengInEveryStateOf2026() {
        GoodPracticeCounts demo = service.countCases("1405", 2026);
        assertTrue(demo.draft() > 0 && demo.submitted() > 0 && demo.recommended() > 0 && demo.returned() > 0
                && demo.selected() > 0 && demo.published() > 1, demo.toString());
        run(Tokens.of("youth.league"), "goodpractice/goodPracticeCase", "id", "00000000-0000-4000-8000-00000015e004")
                .body("data.goodPracticeCase.state", equalTo("RETURNED"))
                .body("data.goodPracticeCase.editable", equalTo(true));
        run(Tokens.of("village.director"), "goodpractice/goodPracticeCase", "id",
                "00000000-0000-4000-8000-00000015e006")
                .body("data.goodPracticeCase.photos[0].url",
                        equalTo("/cases/00000000-0000-4000-8000-00000015e006/photos/1"))
                .body("data.goodPracticeCase.photos[0].consentGivenBy", nullValue());
    }

    @Test
    void shouldRefuseASecondRoundOfAYear() {
        GoodPracticeCases.ensureOpenRound();
        int year = ChinaTime.today().getYear();
        run(Tokens.of("province.officer"), "goodpractice/createGoodPracticeRound", "year", year, "deadline",
                year + "-12-01").body("errors[0].extensions.problems.code", contains("ROUND_EXISTS"));
        run(Tokens.of("city.officer"), "goodpractice/createGoodPracticeRound", "year", year + 1, "deadline",
                (year + 1) + "-12-01").body("errors[0].extensions.code", equalTo("FORBIDDEN"));
    }

    private static long countCasesWithStory(String story, String region) throws SQLException {
        try (Connection connection = Database.asService(); PreparedStatement statement = connection.prepareStatement(
                "select count(*) from good_practice_case where story = ? and region_code = ?")) {
            statement.setString(1, story);
            statement.setString(2, region);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}

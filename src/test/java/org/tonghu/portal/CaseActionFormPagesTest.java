package org.tonghu.portal;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.tonghu.testing.GraphQLClient.run;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.tonghu.testing.Fixtures;
import org.tonghu.testing.LocalModeTestResource;
import org.tonghu.testing.PortalBrowser;
import org.tonghu.testing.TestChildren;
import org.tonghu.testing.Tokens;
import org.tonghu.time.ChinaTime;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Recording a linked action on a child's case from the portal: the link on the child's file for the civil-affairs
 * officer over the child and no one else, the form writing exactly one action through the API's service, problems on
 * the form's fields with nothing written, and the refusals (another county's child, a director).
 */
@QuarkusTest
@QuarkusTestResource(LocalModeTestResource.class)
class CaseActionFormPagesTest {

    static final String OFFICER = "county.officer";
    static final String DIRECTOR = "village.director";

    static String file(String child) {
        return "/portal/children/" + child;
    }

    static String form(String child) {
        return file(child) + "/case-actions/new";
    }

    static String action(String child) {
        return file(child) + "/case-actions";
    }

    static String today() {
        return LocalDate.now(ChinaTime.ZONE).toString();
    }

    static Map<String, String> fields(String kind, String date, String body, String number) {
        Map<String, String> fields = new HashMap<>();
        fields.put("kind", kind);
        fields.put("actionDate", date);
        fields.put("issuingBody", body);
        fields.put("documentNumber", number);
        return fields;
    }

    static int actionsOf(String child) {
        List<Object> actions = run(Tokens.of(OFFICER), "caseaction/childCaseActions", "id", child)
                .body("errors", nullValue()).extract().path("data.child.caseActions");
        return actions.size();
    }

    /** A child of the director's village 东村, registered by the director. */
    static String childOfTheDirectorsVillage() {
        return run(Tokens.of(DIRECTOR), "child/createChild", "input", Map.of("name",
                "处置表单儿童" + TestChildren.nextNumber(), "gender", "MALE", "birthDate", "2015-03-03",
                "residenceVillageCode", "140521901201", "categories", List.of("LEFT_BEHIND"), "riskFactors", List.of(),
                "schoolStatus", "IN_SCHOOL")).body("errors", nullValue()).extract().path("data.createChild.id");
    }

    @Test
    void shouldShowTheLinkToTheCountyOfficerAndNotToTheDirector() {
        String officersChild = TestChildren.register().id();
        HttpResponse<String> officer = new PortalBrowser().signIn(OFFICER, file(officersChild));
        assertEquals(200, officer.statusCode());
        assertThat(officer.body(), containsString("记录关联处置"));
        assertThat(officer.body(), containsString("href=\"" + form(officersChild) + "\""));

        String directorsChild = childOfTheDirectorsVillage();
        PortalBrowser officerBrowser = new PortalBrowser();
        officerBrowser.signIn(OFFICER, file(directorsChild));
        HttpResponse<String> recorded = officerBrowser.submit(form(directorsChild), action(directorsChild),
                fields("JUDICIAL_SUGGESTION", today(), "沁水县人民法院", "（2026）晋0521司建1号"));
        assertEquals(200, recorded.statusCode(), "recorded, so that the director's file shows the section");
        assertThat(recorded.body(), containsString("记录关联处置"));
        HttpResponse<String> director = new PortalBrowser().signIn(DIRECTOR, file(directorsChild));
        assertEquals(200, director.statusCode());
        assertThat(director.body(), containsString("（2026）晋0521司建1号"));
        assertThat(director.body(), not(containsString("记录关联处置")));
        assertThat(director.body(), not(containsString("/case-actions/new")));
    }

    @Test
    void shouldRecordExactlyOneActionFromTheFormAndGoBackToTheFile() {
        String child = TestChildren.register().id();
        PortalBrowser browser = new PortalBrowser();
        HttpResponse<String> page = browser.signIn(OFFICER, form(child));
        assertEquals(200, page.statusCode());
        String date = today();
        assertThat(page.body(), containsString("value=\"" + date + "\""));
        assertThat(page.body(), containsString("人身安全保护令"));
        assertThat(page.body(), containsString("data-submit-once"));

        Map<String, String> fields = fields("PROTECTION_ORDER", date, "沁水县人民法院", "（2026）晋0521民保7号");
        fields.put("note", "表单记录");
        HttpResponse<String> back = browser.submit(form(child), action(child), fields);
        assertEquals(200, back.statusCode());
        assertEquals(file(child) + "?saved=1", back.uri().getPath() + "?" + back.uri().getQuery());
        assertThat(back.body(), containsString("已保存。"));
        assertThat(back.body(), containsString("案件关联措施"));
        assertThat(back.body(), containsString("（2026）晋0521民保7号"));
        run(Tokens.of(OFFICER), "caseaction/childCaseActions", "id", child)
                .body("errors", nullValue())
                .body("data.child.caseActions", hasSize(1))
                .body("data.child.caseActions[0].kind", equalTo("PROTECTION_ORDER"))
                .body("data.child.caseActions[0].actionDate", equalTo(date))
                .body("data.child.caseActions[0].issuingBody", equalTo("沁水县人民法院"))
                .body("data.child.caseActions[0].documentNumber", equalTo("（2026）晋0521民保7号"))
                .body("data.child.caseActions[0].protectionReportId", nullValue())
                .body("data.child.caseActions[0].note", equalTo("表单记录"));
    }

    @Test
    void shouldShowFieldErrorsWith422KeepingWhatWasTypedAndWriteNothing() {
        String child = TestChildren.register().id();
        PortalBrowser browser = new PortalBrowser();
        browser.signIn(OFFICER, form(child));

        HttpResponse<String> missing = browser.submit(form(child), action(child),
                fields("GUARDIANSHIP_REVOKED", today(), " ", ""));
        assertEquals(422, missing.statusCode());
        assertThat(missing.body(), containsString("id=\"issuingBody-error\">必填。"));
        assertThat(missing.body(), containsString("id=\"documentNumber-error\">必填。"));
        assertThat(missing.body(), containsString("<option value=\"GUARDIANSHIP_REVOKED\" selected>"));

        String tomorrow = LocalDate.now(ChinaTime.ZONE).plusDays(1).toString();
        HttpResponse<String> future = browser.submit(form(child), action(child),
                fields("PROTECTION_ORDER", tomorrow, "沁水县人民法院", "（2026）晋0521民保8号"));
        assertEquals(422, future.statusCode());
        assertThat(future.body(), containsString("id=\"actionDate-error\">日期应在儿童出生之后、今天或之前。"));
        assertThat(future.body(), containsString("value=\"" + tomorrow + "\""));
        assertThat(future.body(), containsString("value=\"（2026）晋0521民保8号\""));

        HttpResponse<String> noKind = browser.submit(form(child), action(child),
                fields("", today(), "沁水县人民法院", "（2026）晋0521民保9号"));
        assertEquals(422, noKind.statusCode());
        assertThat(noKind.body(), containsString("id=\"kind-error\">"));

        Map<String, String> elsewhere = fields("PROTECTION_ORDER", today(),
                "沁水县人民法院", "（2026）晋0521民保10号");
        elsewhere.put("familyEducationActivityId", UUID.randomUUID().toString());
        HttpResponse<String> activity = browser.submit(form(child), action(child), elsewhere);
        assertEquals(422, activity.statusCode());
        assertThat(activity.body(),
                containsString("id=\"familyEducationActivityId-error\">只有责令接受家庭教育指导才关联指导活动。"));
        assertEquals(0, actionsOf(child));
    }

    @Test
    void shouldCarryTheReportFromTheQueryAndRefuseOneNotAboutTheChild() {
        String child = TestChildren.register().id();
        String report = UUID.randomUUID().toString();
        PortalBrowser browser = new PortalBrowser();
        HttpResponse<String> page = browser.signIn(OFFICER, form(child) + "?report=" + report);
        assertEquals(200, page.statusCode());
        assertThat(page.body(), containsString("name=\"protectionReportId\" value=\"" + report + "\""));
        Map<String, String> fields = fields("PROTECTION_ORDER", today(),
                "沁水县人民法院", "（2026）晋0521民保11号");
        fields.put("protectionReportId", report);
        HttpResponse<String> refused = browser.submit(form(child), action(child), fields);
        assertEquals(422, refused.statusCode());
        assertThat(refused.body(), containsString("id=\"protectionReportId-error\">"));
        assertEquals(0, actionsOf(child));
    }

    @Test
    void shouldRefuseTheDirectorAndAnswer404ForAChildOfAnotherCounty() {
        String child = childOfTheDirectorsVillage();
        PortalBrowser director = new PortalBrowser();
        HttpResponse<String> filePage = director.signIn(DIRECTOR, file(child));
        assertEquals(200, filePage.statusCode());
        assertEquals(403, director.get(PortalBrowser.baseUrl() + form(child)).statusCode());
        HttpResponse<String> posted = director.submit(file(child), action(child),
                fields("PROTECTION_ORDER", today(), "沁水县人民法院", "（2026）晋0521民保12号"));
        assertEquals(403, posted.statusCode());
        assertEquals(0, actionsOf(child));

        PortalBrowser otherCounty = new PortalBrowser();
        assertEquals(404, otherCounty.signIn("county.officer.yangcheng", form(child)).statusCode());
        assertEquals(404, otherCounty.submit(file(Fixtures.CHILD_YANGCHENG_2), action(child),
                fields("PROTECTION_ORDER", today(), "阳城县人民法院", "（2026）晋0522民保1号")).statusCode());
        assertEquals(0, actionsOf(child));
    }
}

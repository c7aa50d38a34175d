package org.tonghu.portal;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.tonghu.testing.GraphQLClient.run;

import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tonghu.testing.LocalModeTestResource;
import org.tonghu.testing.PortalBrowser;
import org.tonghu.testing.Tokens;
import org.tonghu.time.ChinaTime;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The caregiver follow-ups in the portal: the open ones on the director's and the supervisor's home page with their
 * deadline, the section of the child's file with the forms of the three steps, problems shown on the form with nothing
 * written, a stale form's conflict, and nothing for partners.
 */
@QuarkusTest
@QuarkusTestResource(LocalModeTestResource.class)
class CaregiverFollowUpPagesTest {

    static final String DIRECTOR = "village.director";

    /** A child of 东村 with a caregiver found unable to care at a visit; returns the child's and follow-up's ids. */
    static List<String> childWithOpenFollowUp(String name) {
        String token = Tokens.of(DIRECTOR);
        String child = run(token, "child/createChild", "input", Map.of("name", name, "gender", "FEMALE",
                "birthDate", "2016-08-08", "residenceVillageCode", "140521901201", "categories", List.of("LEFT_BEHIND"),
                "riskFactors", List.of(), "schoolStatus", "IN_SCHOOL"))
                .body("errors", nullValue()).extract().path("data.createChild.id");
        Map<String, Object> visit = new HashMap<>();
        visit.put("kind", "CONTACT");
        visit.put("contactMode", "PHONE");
        visit.put("visitedAt", OffsetDateTime.now().minusHours(1).toString());
        visit.put("guardianship", Map.of("caregiverAble", false));
        run(token, "caregiverfollowup/recordVisit", "childId", child, "input", visit).body("errors", nullValue());
        String followUp = run(token, "caregiverfollowup/childFollowUps", "id", child)
                .body("data.child.caregiverFollowUps[0].status", equalTo("OPEN"))
                .extract().path("data.child.caregiverFollowUps[0].id");
        return List.of(child, followUp);
    }

    static String nowLocal() {
        return LocalDateTime.now(ChinaTime.ZONE).truncatedTo(ChronoUnit.MINUTES).toString();
    }

    @Test
    void shouldListOpenFollowUpsOnTheHomePagesOfTheDirectorAndTheSupervisorButNotOfAPartner() {
        List<String> ids = childWithOpenFollowUp("首页跟进儿童");
        for (String keeper : List.of(DIRECTOR, "township.supervisor")) {
            HttpResponse<String> home = new PortalBrowser().signIn(keeper, "/portal");
            assertEquals(200, home.statusCode());
            assertThat(home.body(), containsString("照护人无法照料：待跟进"));
            assertThat(home.body(), containsString("data-follow-up-id=\"" + ids.get(1) + "\""));
            assertThat(home.body(), containsString("首页跟进儿童"));
            assertThat(home.body(), containsString("截止"));
        }
        HttpResponse<String> partnerHome = new PortalBrowser().signIn("womens.federation", "/portal");
        assertEquals(200, partnerHome.statusCode());
        assertThat(partnerHome.body(), not(containsString("照护人无法照料")));
    }

    @Test
    void shouldRecordTheThreeStepsFromTheChildsFile() {
        List<String> ids = childWithOpenFollowUp("档案跟进儿童");
        String file = "/portal/children/" + ids.get(0);
        String base = "/portal/caregiver-follow-ups/" + ids.get(1);
        PortalBrowser director = new PortalBrowser();
        HttpResponse<String> page = director.signIn(DIRECTOR, file);
        assertThat(page.body(), containsString("第一步：告知父母"));
        assertThat(page.body(), containsString("action=\"" + base + "/contact\""));

        HttpResponse<String> contacted = director.submit(file, base + "/contact", Map.of("version", "0",
                "contactedAt", nowLocal(), "mode", "PHONE", "personReached", "母亲", "response", "母亲同意由外婆照料"));
        assertEquals(200, contacted.statusCode());
        assertThat(contacted.uri().getPath(), equalTo(file));
        assertThat(contacted.body(), containsString("母亲同意由外婆照料"));

        HttpResponse<String> chosen = director.submit(file, base + "/caregiver", Map.of("version", "1",
                "decision", "CURRENT_CAREGIVER_STAYS", "guardianId", "", "note", "村里安排志愿者每日探望"));
        assertEquals(200, chosen.statusCode());
        assertThat(chosen.body(), containsString("村里安排志愿者每日探望"));

        HttpResponse<String> resolved = director.submit(file, base + "/resolve", Map.of("version", "2",
                "resolution", "照护安排已落实"));
        assertEquals(200, resolved.statusCode());
        assertThat(resolved.body(), containsString("照护安排已落实"));
        assertThat(resolved.body(), not(containsString("action=\"" + base + "/contact\"")));
        run(Tokens.of(DIRECTOR), "caregiverfollowup/childFollowUps", "id", ids.get(0))
                .body("data.child.caregiverFollowUps[0].status", equalTo("RESOLVED"))
                .body("data.child.caregiverFollowUps[0].parentsContact.mode", equalTo("PHONE"));
    }

    @Test
    void shouldShowProblemsOnTheFormAndTheConflictOfAStaleOneWritingNothing() {
        List<String> ids = childWithOpenFollowUp("出错跟进儿童");
        String file = "/portal/children/" + ids.get(0);
        String base = "/portal/caregiver-follow-ups/" + ids.get(1);
        PortalBrowser director = new PortalBrowser();
        director.signIn(DIRECTOR, file);
        HttpResponse<String> premature = director.submit(file, base + "/resolve", Map.of("version", "0",
                "resolution", "已办结"));
        assertEquals(422, premature.statusCode());
        assertThat(premature.body(), containsString("请先告知父母并确定照护人，再办结。"));
        HttpResponse<String> noGuardian = director.submit(base, base + "/caregiver", Map.of("version", "0",
                "decision", "NEW_CAREGIVER", "guardianId", "", "note", ""));
        assertEquals(422, noGuardian.statusCode());
        assertThat(noGuardian.body(), containsString("请选择新照护人。"));
        HttpResponse<String> stale = director.submit(base, base + "/contact", Map.of("version", "7",
                "contactedAt", nowLocal(), "mode", "VIDEO", "personReached", "父亲"));
        assertEquals(409, stale.statusCode());
        assertThat(stale.body(), containsString("id=\"conflict\""));
        run(Tokens.of(DIRECTOR), "caregiverfollowup/childFollowUps", "id", ids.get(0))
                .body("data.child.caregiverFollowUps[0].version", equalTo(0))
                .body("data.child.caregiverFollowUps[0].parentsContact", nullValue());
        // in English too
        HttpResponse<String> english = director.get(PortalBrowser.baseUrl() + "/portal/language?lang=en&back=" + base);
        assertThat(english.body(), containsString("Step 1: tell the parents"));
    }

    @Test
    void shouldAnswerNotFoundToAPartner() {
        List<String> ids = childWithOpenFollowUp("合作单位跟进儿童");
        PortalBrowser partner = new PortalBrowser();
        partner.signIn("womens.federation", "/portal");
        assertEquals(404, partner.get(PortalBrowser.baseUrl() + "/portal/caregiver-follow-ups/" + ids.get(1))
                .statusCode());
    }
}

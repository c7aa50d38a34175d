package org.tonghu.placement;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.tonghu.testing.GraphQLClient;
import org.tonghu.testing.Database;
import org.tonghu.testing.LocalModeTestResource;
import org.tonghu.testing.PortalBrowser;
import org.tonghu.testing.TestChildren;
import org.tonghu.testing.Tokens;
import org.tonghu.time.ChinaTime;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Temporary custody in the portal: the placements section of a child's file, the reviews due on a director's home
 * page, and the officers' list of open placements with the review and end forms (errors on the fields, a stale form
 * a conflict).
 */
@QuarkusTest
@QuarkusTestResource(LocalModeTestResource.class)
class PlacementPagesTest {

    static final String FIXTURE_CHILD_DUE_SOON = "00000000-0000-4000-8000-000000001002";
    static final String FIXTURE_DUE_SOON = "00000000-0000-4000-8000-00000000c001";
    static final String FIXTURE_OVERDUE = "00000000-0000-4000-8000-00000000c002";
    /** The village director's village (沁水演示一镇东村). */
    static final String DIRECTORS_VILLAGE = "140521901201";
    /** A mandatory report of the demo data, about another child. */
    static final String FIXTURE_REPORT = "00000000-0000-4000-8000-00000000b001";

    @Test
    void shouldShowThePlacementsOnTheChildsFileInOrderAndTheCaseWorkToOfficersOnly() {
        String path = "/portal/children/" + FIXTURE_CHILD_DUE_SOON;
        HttpResponse<String> officer = new PortalBrowser().signIn("county.officer", path);
        assertEquals(200, officer.statusCode());
        String body = officer.body();
        assertThat(body, containsString("id=\"placements\""));
        assertThat(body, containsString("父亲外出务工失联"));
        assertThat(body, containsString("/portal/placements/" + FIXTURE_DUE_SOON));
        // the ended foster care (started 200 days ago) comes before the open placement with the aunt
        assertEquals(true, body.indexOf("赵红梅（寄养家庭）") < body.indexOf("王秀英（姑母）"), "in order of start");
        HttpResponse<String> director = new PortalBrowser().signIn("village.director", path);
        assertThat(director.body(), containsString("王秀英（姑母）"));
        assertThat(director.body(), not(containsString("父亲外出务工失联")));
        assertThat(director.body(), not(containsString("/portal/placements/")));
    }

    @Test
    void shouldListTheReviewsDueOfTheDirectorsVillagesOnTheHomePage() {
        HttpResponse<String> home = new PortalBrowser().signIn("village.director", "/portal");
        assertEquals(200, home.statusCode());
        assertThat(home.body(), containsString("id=\"placement-reviews-due-items\""));
        assertThat(home.body(), containsString("data-placement-id=\"" + FIXTURE_DUE_SOON + "\""));
        assertThat(home.body(), not(containsString(FIXTURE_OVERDUE)));
        assertThat(home.body(), not(containsString("父亲外出务工失联")));
        HttpResponse<String> english = new PortalBrowser().signIn("village.director",
                "/portal/language?lang=en&back=/portal");
        assertThat(english.body(), containsString("Placement reviews due"));
        HttpResponse<String> partner = new PortalBrowser().signIn("womens.federation", "/portal");
        assertThat(partner.body(), not(containsString("placement-reviews-due")));
        assertEquals(403, new PortalBrowser().signIn("womens.federation", "/portal/placements").statusCode());
        assertEquals(403, new PortalBrowser().signIn("village.director", "/portal/placements").statusCode());
    }

    @Test
    void shouldReviewAndEndAPlacementFromTheOfficersPages() throws Exception {
        String child = TestChildren.register().id();
        String id = PlacementTest.record(PlacementTest.withRelatives(child)).path("data.recordPlacement.id");
        PortalBrowser county = new PortalBrowser();
        HttpResponse<String> list = county.signIn("county.officer", "/portal/placements");
        assertEquals(200, list.statusCode());
        assertThat(list.body(), containsString("data-placement-id=\"" + id + "\""));
        assertEquals(true, list.body().indexOf(FIXTURE_OVERDUE) < list.body().indexOf(id), "overdue first");
        String path = "/portal/placements/" + id;
        Map<String, String> review = new LinkedHashMap<>();
        review.put("version", "0");
        review.put("reviewedOn", ChinaTime.today().toString());
        review.put("finding", "");
        HttpResponse<String> missing = county.submit(path, path + "/review", review);
        assertEquals(422, missing.statusCode());
        assertThat(missing.body(), containsString("id=\"finding-error\""));
        review.put("finding", "照料良好，门户评估");
        HttpResponse<String> reviewed = county.submit(path, path + "/review", review);
        assertEquals(200, reviewed.statusCode());
        assertThat(reviewed.body(), containsString("照料良好，门户评估"));
        assertEquals(1L, Database.count("placement_review where placement_id = '" + id + "'"));
        HttpResponse<String> stale = county.submit(path, path + "/review", review);
        assertEquals(409, stale.statusCode());
        assertThat(stale.body(), containsString("id=\"conflict\""));
        assertEquals(1L, Database.count("placement_review where placement_id = '" + id + "'"));
        Map<String, String> end = new LinkedHashMap<>();
        end.put("version", "1");
        end.put("endedOn", ChinaTime.today().toString());
        end.put("outcome", "OTHER");
        end.put("note", "");
        HttpResponse<String> noNote = county.submit(path, path + "/end", end);
        assertEquals(422, noNote.statusCode());
        assertThat(noNote.body(), containsString("id=\"note-error\""));
        end.put("outcome", "RETURNED_TO_FAMILY");
        HttpResponse<String> ended = county.submit(path, path + "/end", end);
        assertEquals(200, ended.statusCode());
        assertThat(ended.body(), containsString("id=\"outcome\""));
        assertThat(ended.body(), not(containsString("id=\"end-form\"")));
        assertEquals(1L, Database.count("placement where id = '" + id + "' and end_outcome = 'RETURNED_TO_FAMILY'"));
        assertEquals(404, new PortalBrowser().signIn("county.officer.yangcheng", path).statusCode());
        assertEquals(404, new PortalBrowser().signIn("village.director", "/portal/placements/" + FIXTURE_DUE_SOON)
                .statusCode());
    }

    @Test
    void shouldOfferToRecordAPlacementOnTheFileOfAChildWithoutOneToOfficersOnly() {
        String child = TestChildren.registerIn(DIRECTORS_VILLAGE).id();
        String file = "/portal/children/" + child;
        String link = "/portal/placements/new?child=" + child;
        HttpResponse<String> officer = new PortalBrowser().signIn("county.officer", file);
        assertEquals(200, officer.statusCode());
        assertThat(officer.body(), containsString("href=\"" + link + "\""));
        assertThat(officer.body(), containsString("记录临时监护安置"));
        HttpResponse<String> director = new PortalBrowser().signIn("village.director", file);
        assertEquals(200, director.statusCode());
        assertThat(director.body(), containsString("id=\"placements\""));
        assertThat(director.body(), not(containsString("/portal/placements/new")));
        // a child with an open placement: no link, even for the officer
        HttpResponse<String> placed = new PortalBrowser().signIn("county.officer",
                "/portal/children/" + FIXTURE_CHILD_DUE_SOON);
        assertThat(placed.body(), containsString("id=\"placements\""));
        assertThat(placed.body(), not(containsString("/portal/placements/new")));
        // the form itself: refused to the director, not found for an officer of another county
        assertEquals(403, new PortalBrowser().signIn("village.director", link).statusCode());
        assertEquals(404, new PortalBrowser().signIn("county.officer.yangcheng", link).statusCode());
        HttpResponse<String> form = new PortalBrowser().signIn("county.officer", link + "&report=" + FIXTURE_REPORT);
        assertEquals(200, form.statusCode());
        assertThat(form.body(), containsString("id=\"placement-form\""));
        assertThat(form.body(), containsString("data-submit-once"));
        assertThat(form.body(), containsString("name=\"protectionReportId\" value=\"" + FIXTURE_REPORT + "\""));
        assertThat(form.body(), containsString("value=\"" + PlacementTest.WELFARE_INSTITUTION + "\""));
        assertThat(form.body(), containsString("value=\"" + PlacementTest.RESCUE_CENTER + "\""));
        assertThat(form.body(), not(containsString("value=\"" + PlacementTest.POLICE + "\"")));
        assertThat(form.body(), containsString("value=\"" + ChinaTime.today() + "\""));
    }

    @Test
    void shouldRecordAPlacementFromTheFormOnceAndShowIt() throws Exception {
        String child = TestChildren.register().id();
        String form = "/portal/placements/new?child=" + child;
        PortalBrowser county = new PortalBrowser();
        assertEquals(200, county.signIn("county.officer", form).statusCode());
        Map<String, String> fields = placementForm(child);
        HttpResponse<String> recorded = county.submit(form, "/portal/placements", fields);
        assertEquals(200, recorded.statusCode());
        assertThat(recorded.uri().toString(), containsString("?saved=1"));
        assertEquals(1L, Database.count("placement where child_id = '" + child + "'"));
        Matcher id = Pattern.compile("/portal/placements/([0-9a-f-]{36})\\?saved=1").matcher(recorded.uri().toString());
        assertTrue(id.find(), recorded.uri().toString());
        assertEquals(1L, Database.count("placement where id = '" + id.group(1) + "' and child_id = '" + child
                + "' and kind = 'ENTRUSTED_TO_RELATIVES' and carer_name = '李桂香' and carer_phone = '13900000001'"
                + " and starts_on = '" + ChinaTime.today().minusDays(2) + "' and institution_id is null"
                + " and protection_report_id is null"));
        assertThat(recorded.body(), containsString("id=\"review-form\""));
        assertThat(recorded.body(), containsString("祖母住院，门户登记"));
        assertThat(recorded.body(), containsString("role=\"status\""));
        // the file no longer offers to record one, and a second one is refused as already open
        assertThat(county.get(PortalBrowser.baseUrl() + "/portal/children/" + child).body(),
                not(containsString("/portal/placements/new")));
        fields.put("reasons", "第二次记录");
        HttpResponse<String> again = county.submit(form, "/portal/placements", fields);
        assertEquals(422, again.statusCode());
        assertThat(again.body(), containsString("id=\"child-error\""));
        assertThat(again.body(), containsString("该儿童已有进行中的临时监护"));
        assertThat(again.body(), containsString("第二次记录"));
        assertEquals(1L, Database.count("placement where child_id = '" + child + "'"));
    }

    @Test
    void shouldShowTheErrorsOnTheFieldsAndWriteNothing() throws Exception {
        String child = TestChildren.register().id();
        String form = "/portal/placements/new?child=" + child;
        PortalBrowser county = new PortalBrowser();
        county.signIn("county.officer", form);
        Map<String, String> fields = placementForm(child);
        fields.put("reasons", "  ");
        fields.put("startsOn", ChinaTime.today().plusDays(1).toString());
        HttpResponse<String> bad = county.submit(form, "/portal/placements", fields);
        assertEquals(422, bad.statusCode());
        assertThat(bad.body(), containsString("id=\"reasons-error\""));
        assertThat(bad.body(), containsString("id=\"startsOn-error\""));
        assertThat(bad.body(), containsString("value=\"李桂香\""));
        assertThat(bad.body(), containsString("value=\"" + ChinaTime.today().plusDays(1) + "\""));
        // an institution placement without its institution; the carer typed in the other section is not sent
        fields = placementForm(child);
        fields.put("kind", "CHILD_WELFARE_INSTITUTION");
        HttpResponse<String> noInstitution = county.submit(form, "/portal/placements", fields);
        assertEquals(422, noInstitution.statusCode());
        assertThat(noInstitution.body(), containsString("id=\"institutionId-error\""));
        assertThat(noInstitution.body(), not(containsString("id=\"carerName-error\"")));
        fields.put("institutionId", PlacementTest.WELFARE_INSTITUTION);
        fields.put("protectionReportId", FIXTURE_REPORT);
        HttpResponse<String> otherReport = county.submit(form, "/portal/placements", fields);
        assertEquals(422, otherReport.statusCode());
        assertThat(otherReport.body(), containsString("id=\"child-error\""));
        assertThat(otherReport.body(), containsString("name=\"protectionReportId\" value=\"" + FIXTURE_REPORT));
        fields.remove("protectionReportId");
        fields.put("startsOn", "");
        HttpResponse<String> noStart = county.submit(form, "/portal/placements", fields);
        assertEquals(422, noStart.statusCode());
        assertThat(noStart.body(), containsString("id=\"startsOn-error\""));
        assertEquals(0L, Database.count("placement where child_id = '" + child + "'"));
        // in an institution, chosen from the list
        fields = placementForm(child);
        fields.put("kind", "CHILD_WELFARE_INSTITUTION");
        fields.put("institutionId", PlacementTest.WELFARE_INSTITUTION);
        assertEquals(200, county.submit(form, "/portal/placements", fields).statusCode());
        assertEquals(1L, Database.count("placement where child_id = '" + child + "' and carer_name is null"
                + " and institution_id = '" + PlacementTest.WELFARE_INSTITUTION + "'"));
    }

    @Test
    void shouldRecordAGuardianOfTheChildAsTheCarer() throws Exception {
        String child = TestChildren.register().id();
        String officer = Tokens.of("county.officer");
        String guardian = GraphQLClient.run(officer, "guardian/createGuardian", "input", Map.of("name", "门户外婆",
                "phone", "13900000002", "workplace", "本村", "worksAway", false, "capacity", "ABLE",
                "regionCode", "140521901202")).body("errors", nullValue()).extract().path("data.createGuardian.id");
        GraphQLClient.run(officer, "guardian/linkGuardian", "childId", child, "guardianId", guardian,
                "relationship", "MOTHER").body("errors", nullValue());
        String form = "/portal/placements/new?child=" + child;
        PortalBrowser county = new PortalBrowser();
        HttpResponse<String> page = county.signIn("county.officer", form);
        assertThat(page.body(), containsString("<option value=\"" + guardian + "\""));
        Map<String, String> fields = placementForm(child);
        fields.put("carerGuardianId", guardian);
        fields.put("carerName", "");
        fields.put("carerPhone", "");
        assertEquals(200, county.submit(form, "/portal/placements", fields).statusCode());
        assertEquals(1L, Database.count("placement where child_id = '" + child + "' and carer_guardian_id = '"
                + guardian + "' and carer_name = '门户外婆'"));
    }

    @Test
    void shouldRefuseTheFormToADirector() throws Exception {
        String child = TestChildren.registerIn(DIRECTORS_VILLAGE).id();
        PortalBrowser director = new PortalBrowser();
        assertEquals(200, director.signIn("village.director", "/portal/reports/new").statusCode());
        HttpResponse<String> refused = director.submit("/portal/reports/new", "/portal/placements",
                placementForm(child));
        assertEquals(403, refused.statusCode());
        assertEquals(0L, Database.count("placement where child_id = '" + child + "'"));
    }

    private static Map<String, String> placementForm(String child) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("childId", child);
        fields.put("kind", "ENTRUSTED_TO_RELATIVES");
        fields.put("carerGuardianId", "");
        fields.put("carerName", "李桂香");
        fields.put("carerPhone", "13900000001");
        fields.put("institutionId", "");
        fields.put("startsOn", ChinaTime.today().minusDays(2).toString());
        fields.put("reasons", "父母均在外务工，祖母住院，门户登记");
        fields.put("legalBasis", "");
        fields.put("firstReviewOn", "");
        return fields;
    }
}

package org.tonghu.placement;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tonghu.testing.Database;
import org.tonghu.testing.LocalModeTestResource;
import org.tonghu.testing.PortalBrowser;
import org.tonghu.testing.TestChildren;
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
}

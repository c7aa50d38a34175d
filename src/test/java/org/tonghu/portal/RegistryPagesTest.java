package org.tonghu.portal;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tonghu.testing.GraphQLClient.run;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.tonghu.activity.ActivityTest;
import org.tonghu.rehabilitation.RehabilitationTest;
import org.tonghu.testing.Database;
import org.tonghu.testing.LocalModeTestResource;
import org.tonghu.testing.PortalBrowser;
import org.tonghu.testing.TestChildren;
import org.tonghu.testing.TestChildren.TestChild;
import org.tonghu.testing.Tokens;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The partners' forms beyond registering: a rehabilitation step's progress, cancelling an activity, the volunteers who
 * served, and attendance picked from the children the organization works with, guardians included.
 */
@QuarkusTest
@QuarkusTestResource(LocalModeTestResource.class)
class RegistryPagesTest {

    @Test
    void shouldRecordARehabilitationStepsProgressAndRefuseBadOrStaleInput() {
        TestChild child = RehabilitationTest.disabledChild();
        Map<String, Object> training = RehabilitationTest.step(child, "REHABILITATION_TRAINING", "IN_PROGRESS",
                LocalDate.now().minusDays(10));
        training.put("fundingSource", "FAMILY");
        training.put("sessionsPlanned", 10);
        String stepId = run(Tokens.of("disabled.federation"), "rehabilitation/recordRehabilitation", "input", training)
                .body("errors", nullValue()).extract().path("data.recordRehabilitation.id");
        String path = "/portal/rehabilitation/" + stepId;
        PortalBrowser federation = new PortalBrowser();
        assertThat(federation.signIn("disabled.federation", "/portal/rehabilitation").body(), containsString(path));

        HttpResponse<String> tooMany = federation.submit(path, path, form(federation, path, "IN_PROGRESS", "",
                "12", ""));
        assertEquals(422, tooMany.statusCode());
        assertThat(tooMany.body(), containsString("id=\"sessionsCompleted-error\""));
        assertThat(tooMany.body(), containsString("value=\"12\""));

        HttpResponse<String> progress = federation.submit(path, path, form(federation, path, "IN_PROGRESS", "", "4",
                ""));
        assertEquals(200, progress.statusCode());
        assertThat(progress.body(), containsString("已完成 4/10 次"));

        Map<String, String> stale = form(federation, path, "COMPLETED", LocalDate.now().toString(), "10", "能独立行走");
        run(Tokens.of("disabled.federation"), "rehabilitation/updateRehabilitation", "id", stepId, "expectedVersion",
                Integer.parseInt(stale.get("version")), "input",
                Map.of("status", "IN_PROGRESS", "sessionsCompleted", 5))
                .body("errors", nullValue());
        HttpResponse<String> conflict = federation.submit(path, path, stale);
        assertEquals(409, conflict.statusCode());
        assertThat(conflict.body(), containsString("id=\"conflict\""));
        assertThat(conflict.body(), containsString("能独立行走"));

        HttpResponse<String> noOutcome = federation.submit(path, path, form(federation, path, "COMPLETED",
                LocalDate.now().toString(), "10", ""));
        assertEquals(422, noOutcome.statusCode());
        assertThat(noOutcome.body(), containsString("id=\"outcome-error\""));

        HttpResponse<String> completed = federation.submit(path, path, form(federation, path, "COMPLETED",
                LocalDate.now().toString(), "10", "能独立行走"));
        assertEquals(200, completed.statusCode());
        assertThat(completed.body(), containsString("能独立行走"));
        assertThat(completed.body(), not(containsString("name=\"version\"")));

        PortalBrowser league = new PortalBrowser();
        assertEquals(404, league.signIn("youth.league", path).statusCode());
    }

    @Test
    void shouldOfferAttendanceOnlyOnceTheActivityHasStarted() {
        PortalBrowser league = new PortalBrowser();
        String attendanceForm = "/attendance\"";
        Map<String, Object> upcoming = ActivityTest.activity("TONGXIN_HARBOR_EVENT", "HARBOR_SITE",
                OffsetDateTime.now().plusDays(3));
        upcoming.put("harborSiteId", ActivityTest.HARBOR_SITE);
        String upcomingPath = "/portal/activities/" + ActivityTest.create(Tokens.of("youth.league"), upcoming);
        assertThat(league.signIn("youth.league", upcomingPath).body(), not(containsString(attendanceForm)));
        Map<String, Object> started = ActivityTest.activity("TONGXIN_HARBOR_EVENT", "HARBOR_SITE",
                OffsetDateTime.now().minusHours(1));
        started.put("harborSiteId", ActivityTest.HARBOR_SITE);
        String startedPath = "/portal/activities/" + ActivityTest.create(Tokens.of("youth.league"), started);
        assertThat(league.get(PortalBrowser.baseUrl() + startedPath).body(), containsString(attendanceForm));
    }

    @Test
    void shouldCancelAPlannedActivityOnlyWithAReason() {
        Map<String, Object> input = ActivityTest.activity("TONGXIN_HARBOR_EVENT", "HARBOR_SITE",
                OffsetDateTime.now().plusDays(3));
        input.put("harborSiteId", ActivityTest.HARBOR_SITE);
        String path = "/portal/activities/" + ActivityTest.create(Tokens.of("youth.league"), input);
        PortalBrowser league = new PortalBrowser();
        league.signIn("youth.league", path);

        HttpResponse<String> noReason = league.submit(path, path + "/status", Map.of("version",
                version(league, path), "status", "CANCELLED", "text", ""));
        assertEquals(422, noReason.statusCode());
        assertThat(noReason.body(), containsString("id=\"status-error\""));

        HttpResponse<String> cancelled = league.submit(path, path + "/status", Map.of("version",
                version(league, path), "status", "CANCELLED", "text", "暴雨预警，改期举办"));
        assertEquals(200, cancelled.statusCode());
        assertThat(cancelled.body(), containsString("暴雨预警，改期举办"));
        assertThat(cancelled.body(), containsString("已取消"));
        assertThat(cancelled.body(), not(containsString("id=\"status-form\"")));
    }

    @Test
    void shouldRecordTheVolunteersWhoServedAnActivity() throws Exception {
        PortalBrowser womens = new PortalBrowser();
        HttpResponse<String> form = womens.signIn("womens.federation", "/portal/activities/new");
        assertThat(form.body(), containsString("name=\"volunteerIds\" value=\"00000000-0000-4000-8000-000000005001\""));
        assertThat(form.body(), containsString("何丽娟"));
        Map<String, String> fields = new LinkedHashMap<>(Map.of("kind", "FAMILY_EDUCATION", "title", "家庭教育讲座",
                "placeKind", "VILLAGE", "villageCode", "140522901202", "date", LocalDate.now().toString(),
                "startTime", "09:00", "endTime", "10:00", "classHours", "1"));
        fields.put("volunteerIds", "00000000-0000-4000-8000-000000005001");
        fields.put("staffNames", "李主任");
        HttpResponse<String> created = womens.submit("/portal/activities/new", "/portal/activities", fields);
        assertEquals(200, created.statusCode(), created.body());
        assertThat(created.body(), containsString("李主任"));
        String activityId = created.uri().getPath().substring("/portal/activities/".length());
        assertEquals(1, Database.count("activity_volunteer where activity_id = '" + activityId + "'"));
    }

    @Test
    void shouldTakeAttendanceFromTheChildrenTheOrganizationWorksWithAndTheirGuardians() {
        String league = Tokens.of("youth.league");
        TestChild child = TestChildren.register();
        String guardian = run(Tokens.of("county.officer"), "guardian/createGuardian", "input", Map.of("name",
                "测试家长" + TestChildren.nextNumber(), "worksAway", false, "capacity", "ABLE", "regionCode",
                "140521901202")).body("errors", nullValue())
                .extract().path("data.createGuardian.id");
        run(Tokens.of("county.officer"), "guardian/linkGuardian", "childId", child.id(), "guardianId", guardian,
                "relationship", "GRANDPARENT")
                .body("errors", nullValue());
        // an earlier event: the League now works with the child
        Map<String, Object> earlier = ActivityTest.activity("TONGXIN_HARBOR_EVENT", "HARBOR_SITE",
                OffsetDateTime.now().minusDays(2));
        earlier.put("harborSiteId", ActivityTest.HARBOR_SITE);
        String earlierId = ActivityTest.create(league, earlier);
        run(league, "activity/recordAttendance", "activityId", earlierId, "input", Map.of("children",
                List.of(Map.of("idNumber", child.idNumber(), "name", child.name())))).body("errors", nullValue());

        Map<String, Object> today = ActivityTest.activity("TONGXIN_HARBOR_EVENT", "HARBOR_SITE",
                OffsetDateTime.now().minusHours(1));
        today.put("harborSiteId", ActivityTest.HARBOR_SITE);
        String path = "/portal/activities/" + ActivityTest.create(league, today);
        PortalBrowser browser = new PortalBrowser();
        HttpResponse<String> page = browser.signIn("youth.league", path);
        assertThat(page.body(), containsString("name=\"childId\" value=\"" + child.id() + "\""));

        HttpResponse<String> picked = browser.submit(path, path + "/attendance", Map.of("childId", child.id(),
                "attendance", ""));
        assertEquals(200, picked.statusCode());
        assertThat(picked.body(), containsString("id=\"attendees\">1<"));
        assertThat(picked.body(), not(containsString("name=\"childId\" value=\"" + child.id() + "\"")));
        assertThat(picked.body(), containsString("name=\"guardianId\" value=\"" + guardian + "\""));

        HttpResponse<String> withGuardian = browser.submit(path, path + "/attendance", Map.of("guardianId", guardian,
                "attendance", ""));
        assertEquals(200, withGuardian.statusCode());
        assertThat(withGuardian.body(), containsString("id=\"guardian-attendees\">1<"));
        assertThat(withGuardian.body(), containsString("祖父母"));
    }

    /** The progress form's fields with the version its page carries now. */
    static Map<String, String> form(PortalBrowser browser, String path, String status, String endsOn, String sessions,
            String outcome) {
        return Map.of("version", version(browser, path), "status", status, "endsOn", endsOn, "sessionsCompleted",
                sessions, "outcome", outcome);
    }

    static String version(PortalBrowser browser, String path) {
        Matcher version = Pattern.compile("name=\"version\" value=\"(\\d+)\"")
                .matcher(browser.get(PortalBrowser.baseUrl() + path).body());
        assertTrue(version.find(), "the page has a form");
        return version.group(1);
    }
}

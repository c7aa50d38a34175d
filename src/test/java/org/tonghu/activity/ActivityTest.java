package org.tonghu.activity;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.tonghu.testing.GraphQLClient.run;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tonghu.testing.Database;
import org.tonghu.testing.Fixtures;
import org.tonghu.testing.LocalModeTestResource;
import org.tonghu.testing.TestChildren;
import org.tonghu.testing.TestChildren.TestChild;
import org.tonghu.testing.Tokens;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Activities: planning, status, bulk attendance with per-entry errors, and the yearly duties they meet. */
@QuarkusTest
@QuarkusTestResource(LocalModeTestResource.class)
public class ActivityTest {

    public static final String HARBOR_SITE = "00000000-0000-4000-8000-000000006001";
    static final int YEAR = LocalDate.now().getYear();

    public static Map<String, Object> activity(String kind, String placeKind, OffsetDateTime startsAt) {
        Map<String, Object> input = new HashMap<>();
        input.put("kind", kind);
        input.put("title", "测试活动");
        input.put("placeKind", placeKind);
        input.put("startsAt", startsAt.toString());
        input.put("endsAt", startsAt.plusHours(1).toString());
        input.put("classHours", 1.0);
        return input;
    }

    public static String create(String token, Map<String, Object> input) {
        return run(token, "activity/createActivity", "input", input).body("errors", nullValue())
                .extract().path("data.createActivity.id");
    }

    static void hold(String token, String id) {
        run(token, "activity/changeActivityStatus", "id", id, "expectedVersion", 0, "status", "HELD")
                .body("errors", nullValue());
    }

    static Map<String, Object> byIdNumber(TestChild child) {
        return Map.of("idNumber", child.idNumber(), "name", child.name());
    }

    @Test
    void shouldTakeAttendanceAtATongxinHarborEventAllOrNothing() throws Exception {
        String league = Tokens.of("youth.league");
        Map<String, Object> input = activity("TONGXIN_HARBOR_EVENT", "HARBOR_SITE", OffsetDateTime.now().minusHours(2));
        input.put("harborSiteId", HARBOR_SITE);
        String id = run(league, "activity/createActivity", "input", input)
                .body("errors", nullValue())
                .body("data.createActivity.status", equalTo("PLANNED"))
                .body("data.createActivity.regionCode", equalTo("140521901201"))
                .extract().path("data.createActivity.id");
        hold(league, id);
        TestChild first = TestChildren.register();
        TestChild second = TestChildren.register();
        long before = Database.count("activity_attendance");
        run(league, "activity/recordAttendance", "activityId", id, "input", Map.of("children",
                List.of(byIdNumber(first), byIdNumber(second), Map.of("idNumber", "140521201407090", "name", "别人"),
                Map.of("childId", Fixtures.CHILD_YANGCHENG_1))))
                .body("errors[0].extensions.code", equalTo("VALIDATION_FAILED"))
                .body("errors[0].extensions.problems.field",
                        hasItems("input.children[2].idNumber", "input.children[3]"))
                .body("errors[0].extensions.problems.code", hasItems("ID_NUMBER_INVALID_FORMAT", "CHILD_NOT_FOUND"));
        assertEquals(before, Database.count("activity_attendance"), "nothing written when an entry is bad");
        run(league, "child/child", "id", first.id()).body("errors[0].extensions.code", equalTo("CHILD_NOT_FOUND"));
        run(league, "activity/recordAttendance", "activityId", id, "input",
                Map.of("children", List.of(byIdNumber(first), byIdNumber(second), byIdNumber(first))))
                .body("errors", nullValue())
                .body("data.recordAttendance.childrenAdded", equalTo(2))
                .body("data.recordAttendance.activity.childAttendees", equalTo(2));
        run(league, "child/child", "id", first.id()).body("data.child.name", equalTo(first.name()));
        run(Tokens.of("county.officer"), "activity/childFileActivities", "childId", first.id())
                .body("data.childFile.activities.edges.node.id", hasItem(id));
        run(league, "activity/changeActivityStatus", "id", id, "expectedVersion", 1, "status", "REPORTED")
                .body("errors[0].extensions.problems.code", hasItem("REPORT_REQUIRED"));
        run(league, "activity/changeActivityStatus", "id", id, "expectedVersion", 1, "status", "REPORTED", "text",
                "20名儿童参加，开展阅读和游戏")
                .body("errors", nullValue()).body("data.changeActivityStatus.status", equalTo("REPORTED"));
        run(league, "activity/recordAttendance", "activityId", id, "input",
                Map.of("children", List.of(byIdNumber(first))))
                .body("errors[0].extensions.problems.code", hasItem("ATTENDANCE_CLOSED"));
        run(Tokens.of("womens.federation"), "activity/changeActivityStatus", "id", id, "expectedVersion", 2, "status",
                "CANCELLED", "text", "x")
                .body("errors[0].extensions.code", equalTo("ACTIVITY_NOT_FOUND"));
    }

    /**
     * A partner naming people by ID number and name cannot tell registered children it does not work with from
     * people nobody registered: both are taken as attendees with the same answer (the registered one linked, the
     * other counted), and every look-up by number is audited with the number masked.
     */
    @Test
    void shouldAnswerRegisteredChildrenAndUnknownPeopleAlikeInAttendance() throws Exception {
        String league = Tokens.of("youth.league");
        Map<String, Object> input = activity("TONGXIN_HARBOR_EVENT", "HARBOR_SITE", OffsetDateTime.now().minusHours(1));
        input.put("harborSiteId", HARBOR_SITE);
        String id = create(league, input);
        hold(league, id);
        TestChild registered = TestChildren.register();
        TestChild unknown = TestChildren.unregistered();
        long lookups = Database.count("audit_event where operation = 'CHILD_LOOKUP_BY_ID_NUMBER'");
        Object registeredAnswer = run(league, "activity/recordAttendance", "activityId", id, "input",
                Map.of("children", List.of(byIdNumber(registered)))).body("errors", nullValue())
                .extract().path("data.recordAttendance.childrenAdded");
        Object unknownAnswer = run(league, "activity/recordAttendance", "activityId", id, "input",
                Map.of("children", List.of(byIdNumber(unknown)))).body("errors", nullValue())
                .extract().path("data.recordAttendance.childrenAdded");
        assertEquals(registeredAnswer, unknownAnswer, "the same answer for a registered child and an unknown person");
        assertEquals(1, registeredAnswer);
        run(league, "activity/recordAttendance", "activityId", id, "input",
                Map.of("children", List.of(byIdNumber(unknown), byIdNumber(registered))))
                .body("errors", nullValue())
                .body("data.recordAttendance.childrenAdded", equalTo(0))
                .body("data.recordAttendance.activity.childAttendees", equalTo(2));
        assertEquals(1, Database.count("activity_attendance where activity_id = '" + id + "'"));
        assertEquals(1, Database.count("activity_unregistered_attendance where activity_id = '" + id + "'"));
        assertEquals(lookups + 4, Database.count("audit_event where operation = 'CHILD_LOOKUP_BY_ID_NUMBER'"));
        assertEquals(2, Database.count("audit_event where operation = 'CHILD_LOOKUP_BY_ID_NUMBER'"
                + " and result = 'NOT_FOUND'"
                + " and reason = 'looked up by ID number " + unknown.idNumber().substring(0, 4) + "**********"
                + unknown.idNumber().substring(14) + "'"));
        assertEquals(0, Database.count("audit_event where reason like '%" + unknown.idNumber() + "%'"),
                "the full number is never stored");
    }

    @Test
    void shouldRecordGuardiansOfAttendingChildrenAtFamilyEducation() {
        String county = Tokens.of("county.officer");
        Map<String, Object> input = activity("FAMILY_EDUCATION", "VILLAGE", OffsetDateTime.now().minusDays(1));
        input.put("regionCode", "140521901201");
        String id = create(county, input);
        hold(county, id);
        run(county, "activity/recordAttendance", "activityId", id, "input", Map.of("children",
                List.of(Map.of("childId", Fixtures.CHILD_QINSHUI_EAST_1)), "guardianIds",
                List.of(Fixtures.GUARDIAN_QINSHUI_FATHER, "00000000-0000-4000-8000-000000002999")))
                .body("errors[0].extensions.problems.field", hasItem("input.guardianIds[1]"))
                .body("errors[0].extensions.problems.code", hasItem("GUARDIAN_NOT_FOUND"));
        run(county, "activity/recordAttendance", "activityId", id, "input", Map.of("children",
                List.of(Map.of("childId", Fixtures.CHILD_QINSHUI_EAST_1)), "guardianIds",
                List.of(Fixtures.GUARDIAN_QINSHUI_FATHER)))
                .body("errors", nullValue())
                .body("data.recordAttendance.guardiansAdded", equalTo(1));
    }

    @Test
    void shouldRejectBadActivitiesAndWriteNothing() throws Exception {
        String league = Tokens.of("youth.league");
        long before = Database.count("activity");
        Map<String, Object> safety = activity("SAFETY_EDUCATION", "VILLAGE", OffsetDateTime.now());
        safety.put("regionCode", "140521901000");
        safety.put("classHours", 0.0);
        safety.put("volunteerIds", List.of("00000000-0000-4000-8000-000000005001"));
        run(league, "activity/createActivity", "input", safety)
                .body("errors[0].extensions.problems.code", hasItems("SAFETY_TOPIC_REQUIRED", "PLACE_INVALID",
                        "CLASS_HOURS_INVALID", "VOLUNTEER_NOT_FOUND"));
        Map<String, Object> elsewhere = activity("READING_AND_PLAY", "OTHER", OffsetDateTime.now());
        elsewhere.put("regionCode", "140000000000");
        elsewhere.put("safetyTopics", List.of("DROWNING"));
        elsewhere.put("endsAt", OffsetDateTime.now().minusDays(1).toString());
        run(league, "activity/createActivity", "input", elsewhere)
                .body("errors[0].extensions.problems.code", hasItems("PLACE_OUT_OF_REGION",
                        "SAFETY_TOPIC_NOT_APPLICABLE", "PERIOD_INVALID"));
        Map<String, Object> future = activity("READING_AND_PLAY", "HARBOR_SITE", OffsetDateTime.now().plusDays(3));
        future.put("harborSiteId", HARBOR_SITE);
        assertEquals(before, Database.count("activity"));
        String id = create(league, future);
        run(league, "activity/changeActivityStatus", "id", id, "expectedVersion", 0, "status", "HELD")
                .body("errors[0].extensions.problems.code", hasItem("STATUS_CHANGE_INVALID"));
        run(league, "activity/changeActivityStatus", "id", id, "expectedVersion", 0, "status", "CANCELLED",
                "text", "大雨")
                .body("errors", nullValue()).body("data.changeActivityStatus.cancelReason", equalTo("大雨"));
    }

    @Test
    void shouldListTheDutiesStillMissingInTheCity() {
        String city = Tokens.of("city.officer");
        String school = run(Tokens.of("admin"), "mutation/createOrganization", "input", Map.of("name",
                "泽州测试小学" + TestChildren.nextNumber(), "kind", "SCHOOL", "regionCode", "140525000000"))
                .body("errors", nullValue()).extract().path("data.createOrganization.id");
        String vicePrincipal = run(city, "activity/registerVicePrincipal", "input", Map.of("schoolId", school,
                "personName", "法治副校长" + TestChildren.nextNumber(), "startsOn", YEAR + "-01-01"))
                .body("errors", nullValue()).extract().path("data.registerRuleOfLawVicePrincipal.id");
        OffsetDateTime inJune = LocalDate.of(YEAR, 6, 10).atTime(9, 0).atOffset(ZoneOffset.ofHours(8));
        Map<String, Object> legal = activity("LEGAL_EDUCATION", "SCHOOL", inJune);
        legal.put("schoolId", school);
        legal.put("vicePrincipalId", vicePrincipal);
        legal.put("classHours", 2.0);
        hold(city, create(city, legal));
        Map<String, Object> safety = activity("SAFETY_EDUCATION", "VILLAGE", inJune);
        safety.put("regionCode", "140522901201");
        safety.put("safetyTopics", List.of("DROWNING", "ROAD_SAFETY"));
        hold(city, create(city, safety));

        run(city, "activity/dutyCoverage", "regionCode", "140500000000", "year", YEAR)
                .body("errors", nullValue())
                .body("data.dutyCoverage.countiesWithoutVillageSafetyEducation.id", not(hasItem("140522000000")))
                .body("data.dutyCoverage.countiesWithoutVillageSafetyEducation.id", hasItem("140524000000"))
                .body("data.dutyCoverage.schoolsWithoutSummerHolidayLecture.id", hasItem(school))
                .body("data.dutyCoverage.schoolsWithoutWinterHolidayLecture.id", hasItem(school))
                .body("data.dutyCoverage.vicePrincipalsBelowFourClassHours.find { it.id == '" + vicePrincipal
                        + "' }.classHours", equalTo(2.0f));

        Map<String, Object> lecture = activity("HOLIDAY_SAFETY_LECTURE", "SCHOOL", inJune.plusDays(20));
        lecture.put("schoolId", school);
        hold(city, create(city, lecture));
        Map<String, Object> secondLesson = new HashMap<>(legal);
        secondLesson.put("startsAt", inJune.plusDays(1).toString());
        secondLesson.put("endsAt", inJune.plusDays(1).plusHours(2).toString());
        hold(city, create(city, secondLesson));
        run(city, "activity/dutyCoverage", "regionCode", "140500000000", "year", YEAR)
                .body("data.dutyCoverage.schoolsWithoutSummerHolidayLecture.id", not(hasItem(school)))
                .body("data.dutyCoverage.vicePrincipalsBelowFourClassHours.id", not(hasItem(vicePrincipal)));
        run(Tokens.of("county.officer"), "activity/dutyCoverage", "regionCode", "140500000000", "year", YEAR)
                .body("errors[0].extensions.problems[0].code", equalTo("REGION_OUT_OF_SCOPE"));
    }
}

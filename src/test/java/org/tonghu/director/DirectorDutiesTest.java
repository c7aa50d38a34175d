package org.tonghu.director;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.tonghu.testing.GraphQLClient.run;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tonghu.testing.Database;
import org.tonghu.testing.LocalModeTestResource;
import org.tonghu.testing.Tokens;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Directors' duties against a hand-made township: village 201 without a director, village 202 with 31 children and
 * one director, village 203 with 31 children and two directors, village 204 with two children and one director.
 */
@QuarkusTest
@QuarkusTestResource(LocalModeTestResource.class)
class DirectorDutiesTest {

    static final String TOWNSHIP = "140521961000";
    static final String YEAR = String.valueOf(LocalDate.now().getYear());
    private static List<String> directors;

    static synchronized List<String> loadFixtures() {
        if (directors != null) {
            return directors;
        }
        StringBuilder csv = new StringBuilder("code,name,parent_code\n" + TOWNSHIP + ",职责测试镇,140521000000\n");
        for (int v = 201; v <= 204; v++) {
            csv.append("140521961").append(v).append(",职责测试").append(v).append("村,").append(TOWNSHIP).append('\n');
        }
        run(Tokens.of("admin"), "region/importRegions", "csv", csv.toString()).body("errors", nullValue());
        String county = Tokens.of("county.officer");
        for (int i = 0; i < 31; i++) {
            child(county, "140521961202");
            child(county, "140521961203");
        }
        child(county, "140521961204");
        child(county, "140521961204");
        directors = List.of(appoint(county, "140521961202", "甲主任"), appoint(county, "140521961203", "乙主任"),
                appoint(county, "140521961203", "丙主任"), appoint(county, "140521961204", "丁主任"));
        return directors;
    }

    static void child(String token, String village) {
        run(token, "child/createChild", "input", Map.of("name", "职责测试儿童", "gender", "MALE", "birthDate",
                "2014-03-01", "residenceVillageCode", village, "categories", List.of("LEFT_BEHIND"), "riskFactors",
                List.of(), "schoolStatus", "IN_SCHOOL")).body("errors", nullValue());
    }

    static String appoint(String token, String village, String name) {
        return run(token, "director/appointDirector", "input", Map.of("personName", name, "regionCode", village,
                "startsOn", "2024-01-01")).body("errors", nullValue()).extract().path("data.appointDirector.id");
    }

    @Test
    void shouldReportVillagesWithoutADirectorAndThoseNeedingMore() {
        loadFixtures();
        String county = Tokens.of("county.officer");
        run(county, "director/directorStaffing", "regionCode", TOWNSHIP)
                .body("errors", nullValue())
                .body("data.directorStaffing.total.villages", equalTo(4))
                .body("data.directorStaffing.total.villagesWithoutDirector", equalTo(1))
                .body("data.directorStaffing.total.villagesNeedingMoreDirectors", equalTo(1))
                .body("data.directorStaffing.byRegion.regionCode",
                        contains("140521961201", "140521961202", "140521961203", "140521961204"));
        run(county, "director/villageStaffing", "regionCode", TOWNSHIP)
                .body("data.villageStaffing.edges.node.villageCode", contains("140521961201", "140521961202"))
                .body("data.villageStaffing.edges.node.gap", contains("NO_DIRECTOR", "NEEDS_MORE_DIRECTORS"))
                .body("data.villageStaffing.edges.node.activeChildren", contains(0, 31));
        JsonPath countyReport = run(county, "director/directorStaffing", "regionCode", "140521000000").extract()
                .jsonPath();
        List<String> codes = countyReport.getList("data.directorStaffing.byRegion.regionCode");
        int row = codes.indexOf(TOWNSHIP);
        assertEquals(1, countyReport.getInt("data.directorStaffing.byRegion[" + row + "].villagesWithoutDirector"));
        assertEquals(1,
                countyReport.getInt("data.directorStaffing.byRegion[" + row + "].villagesNeedingMoreDirectors"));
        run(Tokens.of("county.officer.yangcheng"), "director/directorStaffing", "regionCode", TOWNSHIP)
                .body("errors[0].extensions.problems[0].code", equalTo("REGION_OUT_OF_SCOPE"));
        run(Tokens.of("village.director"), "director/directorStaffing", "regionCode", TOWNSHIP)
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
    }

    @Test
    void shouldShowEachDirectorsCaseload() {
        loadFixtures();
        run(Tokens.of("county.officer"), "director/directorCaseloads", "regionCode", TOWNSHIP)
                .body("errors", nullValue())
                .body("data.directorCaseloads.edges.node.director.personName",
                        containsInAnyOrder("甲主任", "乙主任", "丙主任", "丁主任"))
                .body("data.directorCaseloads.edges.node.director.regionCode",
                        contains("140521961202", "140521961203", "140521961203", "140521961204"))
                .body("data.directorCaseloads.edges.node.activeChildren", contains(31, 31, 31, 2))
                .body("data.directorCaseloads.edges.node.directorsInVillage", contains(1, 2, 2, 1))
                .body("data.directorCaseloads.edges.node.childrenPerDirector", contains(31.0f, 15.5f, 15.5f, 2.0f))
                // registered today: first due at the month end
                .body("data.directorCaseloads.edges.node.overdueChildren", contains(0, 0, 0, 0));
    }

    @Test
    void shouldReportTrainingCoverageAndTheCitysDemonstration() throws SQLException {
        List<String> appointed = loadFixtures();
        String county = Tokens.of("county.officer");
        String session = run(county, "training/createTrainingSession", "input", Map.of("level", "COUNTY", "regionCode",
                "140521000000", "organizer", "沁水县民政局", "heldOn", YEAR + "-03-15", "topic", "儿童主任业务培训"))
                .body("errors", nullValue()).extract().path("data.createTrainingSession.id");
        run(county, "training/createTrainingSession", "input", Map.of("level", "COUNTY", "regionCode", "140500000000",
                "organizer", "x", "heldOn", YEAR + "-03-15", "topic", "x", "demonstration", true))
                .body("errors[0].extensions.problems.code",
                        hasItems("REGION_OUT_OF_SCOPE", "DEMONSTRATION_NOT_CITY_LEVEL"));
        long before = Database.count("training_attendance");
        run(county, "training/recordTrainingAttendance", "sessionId", session, "appointmentIds",
                List.of(appointed.get(0), "00000000-0000-4000-8000-999999999999", "not-an-id"))
                .body("errors[0].extensions.problems.code", containsInAnyOrder("APPOINTMENT_NOT_FOUND", "INVALID_ID"));
        assertEquals(before, Database.count("training_attendance"), "nothing written when an entry is bad");
        run(county, "training/recordTrainingAttendance", "sessionId", session, "appointmentIds",
                List.of(appointed.get(0), appointed.get(1), appointed.get(0)))
                .body("errors", nullValue())
                .body("data.recordTrainingAttendance.added", equalTo(2))
                .body("data.recordTrainingAttendance.session.attendees", equalTo(2));
        JsonPath coverage = run(county, "training/trainingCoverage", "regionCode", "140521000000", "year",
                Integer.parseInt(YEAR)).body("errors", nullValue()).extract().jsonPath();
        List<String> codes = coverage.getList("data.trainingCoverage.byRegion.regionCode");
        String row = "data.trainingCoverage.byRegion[" + codes.indexOf(TOWNSHIP) + "]";
        assertEquals(4, coverage.getInt(row + ".appointed"));
        assertEquals(2, coverage.getInt(row + ".trained"));
        assertEquals(false, coverage.getBoolean(row + ".fullCoverage"));
        String city = Tokens.of("city.officer");
        int year = Integer.parseInt(YEAR);
        run(city, "training/trainingCoverage", "regionCode", "140500000000", "year", year)
                .body("errors", nullValue());
        run(city, "training/createTrainingSession", "input", Map.of("level", "CITY", "regionCode", "140500000000",
                "organizer", "晋城市民政局", "heldOn", YEAR + "-04-20", "topic", "示范培训", "demonstration", true))
                .body("errors", nullValue());
        run(city, "training/trainingCoverage", "regionCode", "140500000000", "year", year)
                .body("data.trainingCoverage.cityDemonstrationTrainingHeld", equalTo(true));
        run(county, "training/trainingCoverage", "regionCode", "140521000000", "year", year - 1)
                .body("data.trainingCoverage.cityDemonstrationTrainingHeld", equalTo(false));
    }
}

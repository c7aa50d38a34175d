package org.tonghu.director;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.tonghu.testing.GraphQLClient.run;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tonghu.testing.Fixtures;
import org.tonghu.testing.LocalModeTestResource;
import org.tonghu.testing.Tokens;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(LocalModeTestResource.class)
class AppointmentTest {

    @Test
    void shouldShowTheCountyItsDirectorsAndKeepHistory() {
        String token = Tokens.of("county.officer");
        run(token, "director/directors")
                .body("data.directors.edges.node.regionCode", everyItem(startsWith("140521")))
                .body("data.directors.edges.node.personName", hasItem("陈静"))
                .body("data.directors.edges.node.personName", not(hasItem("高明")))
                .body("data.directors.edges.node.personName", not(hasItem("杨帆")));
        run(token, "director/directors", "includeEnded", true)
                .body("data.directors.edges.node.personName", hasItem("高明"));
    }

    @Test
    void shouldNotWidenTheViewWithARegionFilter() {
        run(Tokens.of("county.officer"), "director/directors", "regionCode", "140522000000")
                .body("data.directors.edges", hasSize(0));
    }

    @Test
    void shouldShowAChildsDirectorToAPartnerWithoutThePhone() {
        run(Tokens.of("womens.federation"), "director/childDirectors", "id", Fixtures.CHILD_YANGCHENG_2)
                .body("errors", nullValue())
                .body("data.child.directors", hasSize(0));
        run(Tokens.of("county.officer"), "director/childDirectors", "id", Fixtures.CHILD_QINSHUI_EAST_1)
                .body("data.child.directors.personName", contains("陈静"))
                .body("data.child.directors.phone", contains("13900000001"))
                .body("data.child.residenceVillage.directors.personName", contains("陈静"));
        run(Tokens.of("womens.federation"), "director/directors")
                .body("data.directors.edges", hasSize(0));
    }

    @Test
    void shouldLetADirectorSeeTheirSupervisor() {
        run(Tokens.of("village.director"), "director/directors")
                .body("data.directors.edges.node.personName", hasItem("陈静"));
    }

    @Test
    void shouldAppointAndEndADirectorInTheCounty() {
        String token = Tokens.of("county.officer");
        String id = run(token, "director/appointDirector", "input",
                Map.of("personName", "孟晓", "phone", "13600000001", "regionCode", "140521902202"))
                .body("errors", nullValue())
                .body("data.appointDirector.active", equalTo(true))
                .extract().path("data.appointDirector.id");
        run(token, "director/endAppointment", "id", id, "expectedVersion", 1)
                .body("errors[0].extensions.code", equalTo("CONFLICT"));
        // the end date is the last day served: ended today, the appointment still holds today
        run(token, "director/endAppointment", "id", id, "expectedVersion", 0)
                .body("errors", nullValue())
                .body("data.endAppointment.endsOn", equalTo(java.time.LocalDate.now().toString()));
        run(token, "director/endAppointment", "id", id, "expectedVersion", 1)
                .body("errors[0].extensions.problems[0].code", equalTo("APPOINTMENT_ALREADY_ENDED"));
    }

    @Test
    void shouldRefuseAppointmentsOfTheWrongLevelOrOutsideTheCounty() {
        String token = Tokens.of("county.officer");
        run(token, "director/appointDirector", "input",
                Map.of("personName", "孟晓", "regionCode", "140521902000"))
                .body("errors[0].extensions.problems[0].code", equalTo("REGION_WRONG_LEVEL"));
        run(token, "director/appointDirector", "input",
                Map.of("personName", "孟晓", "regionCode", "140522902201"))
                .body("errors[0].extensions.problems[0].code", equalTo("REGION_OUT_OF_SCOPE"));
        run(Tokens.of("village.director"), "director/appointDirector", "input",
                Map.of("personName", "孟晓", "regionCode", "140521901202"))
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
    }

    @Test
    void shouldKeepTheSupervisorsOwnTownshipView() {
        run(Tokens.of("township.supervisor"), "director/directors")
                .body("data.directors.edges.node.regionCode", everyItem(startsWith("140521901")))
                .body("data.directors.edges.node.personName", containsInAnyOrder("陈静"));
    }
}

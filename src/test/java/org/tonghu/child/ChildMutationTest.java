package org.tonghu.child;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.tonghu.testing.GraphQLClient.run;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tonghu.testing.Database;
import org.tonghu.testing.LocalModeTestResource;
import org.tonghu.testing.Tokens;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(LocalModeTestResource.class)
class ChildMutationTest {

    private final String director = Tokens.of("village.director");

    static Map<String, Object> input(String name, String birthDate, String idNumber, String village) {
        Map<String, Object> input = new HashMap<>();
        input.put("name", name);
        input.put("gender", "FEMALE");
        input.put("birthDate", birthDate);
        input.put("idNumber", idNumber);
        input.put("residenceVillageCode", village);
        input.put("categories", List.of("LEFT_BEHIND"));
        input.put("riskFactors", List.of());
        input.put("schoolStatus", "IN_SCHOOL");
        return input;
    }

    private String create(Map<String, Object> input) {
        return run(director, "child/createChild", "input", input)
                .body("errors", nullValue())
                .extract().path("data.createChild.id");
    }

    @Test
    void shouldRegisterAChildInTheDirectorsVillage() {
        String idNumber = NationalIdNumber.withCheckCharacter("14052120180505" + "123");
        run(director, "child/createChild", "input", input("刘小雨", "2018-05-05", idNumber, "140521901201"))
                .body("errors", nullValue())
                .body("data.createChild.name", equalTo("刘小雨"))
                .body("data.createChild.idNumber", equalTo("1405**********" + idNumber.substring(14)))
                .body("data.createChild.version", equalTo(0));
    }

    @Test
    void shouldRefuseAVillageOutsideTheJurisdictionAndWriteNothing() throws Exception {
        long before = Database.count("child");
        run(director, "child/createChild", "input", input("周小燕", "2016-02-02", null, "140521901202"))
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("VALIDATION_FAILED"))
                .body("errors[0].extensions.problems[0].field", equalTo("residenceVillageCode"))
                .body("errors[0].extensions.problems[0].code", equalTo("RESIDENCE_OUT_OF_SCOPE"));
        assertEquals(before, Database.count("child"));
    }

    @Test
    void shouldDeriveTheRiskLevelFromRiskFactors() {
        Map<String, Object> input = input("吴小军", "2013-07-07", null, "140521901201");
        input.put("riskFactors", List.of("PSYCHOLOGICAL_OR_BEHAVIOURAL_ABNORMALITY"));
        run(director, "child/createChild", "input", input)
                .body("data.createChild.riskLevel", equalTo("HIGH"));
    }

    @Test
    void shouldUpdateWithTheCurrentVersionAndRefuseAStaleOne() {
        String id = create(input("郑小花", "2015-01-01", null, "140521901201"));
        Map<String, Object> renamed = input("郑小华", "2015-01-01", null, "140521901201");
        run(director, "child/updateChild", "id", id, "expectedVersion", 0, "input", renamed)
                .body("errors", nullValue())
                .body("data.updateChild.name", equalTo("郑小华"))
                .body("data.updateChild.version", equalTo(1));
        Map<String, Object> stale = input("郑小草", "2015-01-01", null, "140521901201");
        run(director, "child/updateChild", "id", id, "expectedVersion", 0, "input", stale)
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("CONFLICT"));
        run(director, "child/child", "id", id).body("data.child.name", equalTo("郑小华"));
    }

    @Test
    void shouldCloseAFileWithAReason() {
        String id = create(input("冯小兰", "2009-03-03", null, "140521901201"));
        run(director, "child/closeChild", "id", id, "expectedVersion", 0, "reason", "MOVED_AWAY")
                .body("data.closeChild.status", equalTo("CLOSED"))
                .body("data.closeChild.closedReason", equalTo("MOVED_AWAY"));
        run(director, "child/children", "filter", Map.of("status", "CLOSED"))
                .body("data.children.edges.node.id", hasItem(id));
    }

    @Test
    void shouldNotLetTheYangchengOfficerChangeAQinshuiChild() {
        run(Tokens.of("county.officer.yangcheng"), "child/updateChild", "id",
                org.tonghu.testing.Fixtures.CHILD_QINSHUI_EAST_1, "expectedVersion", 0,
                "input", input("改名", "2015-03-08", null, "140522901201"))
                .body("errors[0].extensions.code", equalTo("CHILD_NOT_FOUND"));
    }

    @Test
    void shouldNotLetPartnersWrite() {
        run(Tokens.of("womens.federation"), "child/createChild", "input",
                input("某某", "2015-01-01", null, "140522901202"))
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
    }
}

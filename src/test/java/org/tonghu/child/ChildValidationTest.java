package org.tonghu.child;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.tonghu.testing.GraphQLClient.post;
import static org.tonghu.testing.GraphQLClient.document;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tonghu.testing.Database;
import org.tonghu.testing.Fixtures;
import org.tonghu.testing.LocalModeTestResource;
import org.tonghu.testing.Tokens;
import org.tonghu.time.ChinaTime;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Bad input to the child mutations: never a 500, always a coded error naming the field, and nothing written. */
@QuarkusTest
@QuarkusTestResource(LocalModeTestResource.class)
class ChildValidationTest {

    private static final String VALID_ID = NationalIdNumber.withCheckCharacter("14052120150101" + "456");

    static List<Arguments> badInputs() {
        String future = ChinaTime.today().plusDays(3).toString();
        return List.of(
                bad("name", "REQUIRED", i -> i.put("name", "   ")),
                bad("name", "TOO_LONG", i -> i.put("name", "名".repeat(51))),
                bad("name", "HAS_CONTROL_CHARACTERS", i -> i.put("name", "王\u200B小")),
                bad("birthDate", "BIRTH_DATE_IN_FUTURE", i -> i.put("birthDate", future)),
                bad("birthDate", "NOT_A_MINOR", i -> i.put("birthDate", "2000-01-01")),
                bad("idNumber", "ID_NUMBER_INVALID_FORMAT", i -> i.put("idNumber", "14052120150101456")),
                bad("idNumber", "ID_NUMBER_INVALID_FORMAT", i -> i.put("idNumber", "1405212015010145Y")),
                bad("idNumber", "ID_NUMBER_INVALID_CHECK_DIGIT", i -> i.put("idNumber", flipCheck(VALID_ID))),
                bad("idNumber", "ID_NUMBER_INVALID_BIRTH_DATE", i -> {
                    i.put("idNumber", NationalIdNumber.withCheckCharacter("14052120150231" + "456"));
                }),
                bad("idNumber", "ID_NUMBER_BIRTH_DATE_MISMATCH", i -> i.put("birthDate", "2015-01-02")),
                bad("idNumber", "ID_NUMBER_ALREADY_REGISTERED", i -> {
                    i.put("idNumber", "140521201503080112");
                    i.put("birthDate", "2015-03-08");
                }),
                bad("residenceVillageCode", "INVALID_REGION_CODE", i -> i.put("residenceVillageCode", "abc")),
                bad("residenceVillageCode", "REGION_NOT_FOUND", i -> i.put("residenceVillageCode", "140521901299")),
                bad("residenceVillageCode", "RESIDENCE_NOT_A_VILLAGE",
                        i -> i.put("residenceVillageCode", "140521901000")),
                bad("residenceVillageCode", "RESIDENCE_OUT_OF_SCOPE",
                        i -> i.put("residenceVillageCode", "140522901201")),
                bad("householdRegionCode", "INVALID_REGION_CODE", i -> i.put("householdRegionCode", "14052")),
                bad("categories", "CATEGORY_REQUIRED", i -> i.put("categories", List.of())),
                bad("disabilityGrade", "DISABILITY_GRADE_OUT_OF_RANGE", i -> i.put("disabilityGrade", 7)),
                bad("schoolName", "TOO_LONG", i -> i.put("schoolName", "校".repeat(101))));
    }

    private static Arguments bad(String field, String code, Consumer<Map<String, Object>> change) {
        Map<String, Object> input = ChildMutationTest.input("测试儿童", "2015-01-01", VALID_ID, "140521901201");
        change.accept(input);
        return Arguments.of(field, code, input);
    }

    private static String flipCheck(String id) {
        char check = id.charAt(17) == '0' ? '1' : '0';
        return id.substring(0, 17) + check;
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("badInputs")
    void shouldRefuseCreatingWithACodedFieldErrorAndWriteNothing(String field, String code, Map<String, Object> input)
            throws Exception {
        long children = Database.count("child");
        post(Tokens.of("village.director"), document("child/createChild"), "input", input)
                .statusCode(200)
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("VALIDATION_FAILED"))
                .body("errors[0].extensions.problems.field", hasItem(field))
                .body("errors[0].extensions.problems.code", hasItem(code));
        assertEquals(children, Database.count("child"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("badInputs")
    void shouldRefuseUpdatingWithACodedFieldErrorAndChangeNothing(String field, String code,
            Map<String, Object> input) {
        if (code.equals("ID_NUMBER_ALREADY_REGISTERED")) {
            return; // the fixture child already holds that number: for an update of itself it is no duplicate
        }
        String token = Tokens.of("village.director");
        post(token, document("child/updateChild"), "id", Fixtures.CHILD_QINSHUI_EAST_2, "expectedVersion", 0,
                "input", input)
                .statusCode(200)
                .body("errors[0].extensions.code", equalTo("VALIDATION_FAILED"))
                .body("errors[0].extensions.problems.code", hasItem(code));
        post(token, document("child/child"), "id", Fixtures.CHILD_QINSHUI_EAST_2)
                .body("data.child.name", equalTo("王小红"))
                .body("data.child.version", equalTo(0));
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = { "{ \"name\": 5 }", "not-an-enum" })
    void shouldRefuseAnUnknownEnumOrWrongTypeThroughTheSchema(String category) {
        Map<String, Object> input = ChildMutationTest.input("测试儿童", "2015-01-01", null, "140521901201");
        input.put("categories", List.of(category));
        post(Tokens.of("village.director"), document("child/createChild"), "input", input)
                .statusCode(400)
                .body("errors[0].extensions.code", notNullValue())
                .body("data", nullValue());
    }
}

package org.tonghu.guardian;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.tonghu.testing.GraphQLClient.run;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tonghu.testing.Fixtures;
import org.tonghu.testing.LocalModeTestResource;
import org.tonghu.testing.Tokens;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(LocalModeTestResource.class)
class GuardianMutationTest {

    private final String director = Tokens.of("village.director");

    private static Map<String, Object> input(String name, String phone, String region) {
        Map<String, Object> input = new HashMap<>();
        input.put("name", name);
        input.put("phone", phone);
        input.put("workplace", "浙江省杭州市");
        input.put("worksAway", true);
        input.put("capacity", "ABLE");
        input.put("regionCode", region);
        return input;
    }

    @Test
    void shouldRegisterLinkAndUnlinkAGuardian() {
        String guardian = run(director, "guardian/createGuardian", "input", input("王秀英", "13912345678", "140521901201"))
                .body("errors", nullValue())
                .body("data.createGuardian.phone", equalTo("13912345678"))
                .extract().path("data.createGuardian.id");
        run(director, "guardian/linkGuardian", "childId", Fixtures.CHILD_QINSHUI_EAST_2, "guardianId", guardian,
                "relationship", "MOTHER")
                .body("errors", nullValue())
                .body("data.linkGuardian.guardian.id", hasItem(guardian));
        run(director, "guardian/unlinkGuardian", "childId", Fixtures.CHILD_QINSHUI_EAST_2, "guardianId", guardian)
                .body("errors", nullValue())
                .body("data.unlinkGuardian.guardian.id", not(hasItem(guardian)));
    }

    @Test
    void shouldRefuseABadPhoneAndARegionOutsideTheJurisdiction() {
        run(director, "guardian/createGuardian", "input", input("李四", "12345", "140522901201"))
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("VALIDATION_FAILED"))
                .body("errors[0].extensions.problems.code", contains("PHONE_INVALID", "REGION_OUT_OF_SCOPE"));
    }

    @Test
    void shouldNotLinkToAChildOutsideTheJurisdiction() {
        run(director, "guardian/linkGuardian", "childId", Fixtures.CHILD_YANGCHENG_1,
                "guardianId", Fixtures.GUARDIAN_QINSHUI_FATHER, "relationship", "FATHER")
                .body("errors[0].extensions.code", equalTo("CHILD_NOT_FOUND"));
    }

    @Test
    void shouldHideGuardiansContactDetailsFromPartners() {
        run(Tokens.of("county.officer"), "guardian/guardian", "id", Fixtures.GUARDIAN_QINSHUI_FATHER)
                .body("data.guardian.phone", equalTo("13800000001"));
    }
}

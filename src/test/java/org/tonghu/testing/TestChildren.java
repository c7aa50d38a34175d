package org.tonghu.testing;

import static org.hamcrest.Matchers.nullValue;
import static org.tonghu.testing.GraphQLClient.run;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.tonghu.child.NationalIdNumber;

/**
 * Children registered by a test of its own (in 沁水演示一镇西村, by the Qinshui county officer), so that what a
 * registry grants on them leaves the fixtures' scope as it was. Each has a fresh, valid national ID number.
 */
public final class TestChildren {

    private static final AtomicInteger SEQUENCE = new AtomicInteger(100);

    /** A registered child: id, national ID number and name. */
    public record TestChild(String id, String idNumber, String name) {
    }

    private TestChildren() {
    }

    public static TestChild register(List<String> categories, List<String> riskFactors) {
        return registerIn("140521901202", categories, riskFactors);
    }

    /** A registered left-behind child living in this village of the county officer's county (沁水县, 140521). */
    public static TestChild registerIn(String villageCode) {
        return registerIn(villageCode, List.of("LEFT_BEHIND"), List.of());
    }

    /** A registered child of these categories living in this village of 沁水县 (140521). */
    public static TestChild registerIn(String villageCode, List<String> categories) {
        return registerIn(villageCode, categories, List.of());
    }

    private static TestChild registerIn(String villageCode, List<String> categories, List<String> riskFactors) {
        int sequence = SEQUENCE.incrementAndGet();
        String name = "测试儿童" + "甲乙丙丁戊己庚辛壬癸".charAt(sequence % 10) + sequence;
        String idNumber = NationalIdNumber.withCheckCharacter("14052120140709" + String.format("%03d", sequence));
        String id = run(Tokens.of("county.officer"), "child/createChild", "input", Map.of("name", name, "gender",
                "FEMALE", "birthDate", "2014-07-09", "idNumber", idNumber, "residenceVillageCode", villageCode,
                "categories", categories, "riskFactors", riskFactors, "schoolStatus", "IN_SCHOOL"))
                .body("errors", nullValue()).extract().path("data.createChild.id");
        return new TestChild(id, idNumber, name);
    }

    public static TestChild register() {
        return register(List.of("LEFT_BEHIND"), List.of());
    }

    /**
     * A person nobody registered: a valid national ID number (born 2013-03-05, a date no test registers) and a name.
     */
    public static TestChild unregistered() {
        int sequence = SEQUENCE.incrementAndGet();
        return new TestChild(null, NationalIdNumber.withCheckCharacter("14052120130305" + String.format("%03d",
                sequence % 1000)), "未登记" + sequence);
    }

    /** The next number of a sequence shared by the tests, for unique names. */
    public static int nextNumber() {
        return SEQUENCE.incrementAndGet();
    }
}

package org.tonghu.child;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.tonghu.testing.GraphQLClient.run;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tonghu.testing.LocalModeTestResource;
import org.tonghu.testing.TestChildren;
import org.tonghu.testing.Tokens;
import org.tonghu.time.ChinaTime;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * What a caller sees of a child follows from how it reaches the child, not from its role: a county officer sent a
 * referral of another county's child sees what the referral needs; a loving mother the caregiver's phone and the
 * director's; a rehabilitation provider the disability too; those who keep the file everything.
 */
@QuarkusTest
@QuarkusTestResource(LocalModeTestResource.class)
class ChildFieldsByAudienceTest {

    static final String QINSHUI_CIVIL_AFFAIRS = "00000000-0000-4000-8000-000000000106";
    static final String DISABLED_PERSONS_FEDERATION = "00000000-0000-4000-8000-000000000104";
    static final String DEMO_VOLUNTEER = "00000000-0000-4000-8000-000000005001";

    /**
     * A child registered by the city officer in a village, with a father (legal guardian) and a caregiving
     * grandmother.
     */
    record Family(String childId, String idNumber, String name) {
    }

    static Family registerFamily(String village, String regionCounty, List<String> categories, List<String> risks) {
        String city = Tokens.of("city.officer");
        int sequence = TestChildren.nextNumber();
        String name = "受众测试" + sequence;
        String idNumber = NationalIdNumber.withCheckCharacter(regionCounty + "20150402" + String.format("%03d",
                sequence % 1000));
        Map<String, Object> child = new HashMap<>(Map.of("name", name, "gender", "MALE", "birthDate", "2015-04-02",
                "idNumber", idNumber, "residenceVillageCode", village, "categories", categories, "riskFactors", risks,
                "schoolStatus", "IN_SCHOOL"));
        if (categories.contains("DISABLED")) {
            child.put("disabilityKind", "肢体残疾");
            child.put("disabilityGrade", 3);
        }
        String childId = run(city, "child/createChild", "input", child).body("errors", nullValue())
                .extract().path("data.createChild.id");
        link(city, childId, guardian(city, "父亲" + sequence, "13811110001", village), "FATHER", true, false);
        link(city, childId, guardian(city, "祖母" + sequence, "13811110002", village), "GRANDPARENT", false, true);
        return new Family(childId, idNumber, name);
    }

    static String guardian(String token, String name, String phone, String village) {
        return run(token, "guardian/createGuardian", "input", Map.of("name", name, "phone", phone, "worksAway", false,
                "capacity", "ABLE", "regionCode", village, "workplace", "本村"))
                .body("errors", nullValue()).extract().path("data.createGuardian.id");
    }

    static void link(String token, String childId, String guardianId, String relationship, boolean legal,
            boolean caregiver) {
        run(token, "child/linkGuardianAs", "childId", childId, "guardianId", guardianId, "relationship", relationship,
                "legalGuardian", legal, "entrustedCaregiver", caregiver).body("errors", nullValue());
    }

    @Test
    void shouldShowACountyOfficerSentAReferralOfAnotherCountysChildOnlyWhatTheReferralNeeds() {
        Family family = registerFamily("140522901201", "140522", List.of("LEFT_BEHIND"),
                List.of("SINGLE_PARENT_FAMILY"));
        String county = Tokens.of("county.officer");
        run(county, "child/childFields", "id", family.childId())
                .body("errors[0].extensions.code", equalTo("CHILD_NOT_FOUND"));
        Map<String, Object> referral = new HashMap<>(Map.of("childId", family.childId(), "toOrganizationId",
                QINSHUI_CIVIL_AFFAIRS, "needCategory", "FAMILY_SUPPORT", "need", "需要临时照料", "urgency", "URGENT",
                "consentBasis", "GUARDIAN_CONSENT"));
        String referralId = run(Tokens.of("city.officer"), "referral/referChild", "input", referral)
                .body("errors", nullValue()).extract().path("data.referChild.id");
        try {
            shouldSeeWhatAReferralNeeds(county, family);
        } finally {
            // declined, the referral no longer opens the child to Qinshui (other tests list Qinshui's children)
            run(county, "referral/declineReferral", "id", referralId, "expectedVersion", 0, "reason", "不属本县")
                    .body("errors", nullValue());
        }
        run(Tokens.of("city.officer"), "child/childFields", "id", family.childId())
                .body("data.child.idNumber", notNullValue())
                .body("data.child.riskFactors", contains("SINGLE_PARENT_FAMILY"))
                .body("data.child.guardians.guardian.phone", everyItem(notNullValue()))
                .body("data.child.directors.phone", contains("13900000004"))
                .body("data.child.visitSchedule", notNullValue());
    }

    static void shouldSeeWhatAReferralNeeds(String county, Family family) {
        run(county, "child/childFields", "id", family.childId())
                .body("errors", nullValue())
                .body("data.child.name", equalTo(family.name()))
                .body("data.child.idNumber", nullValue())
                .body("data.child.householdRegionCode", nullValue())
                .body("data.child.riskFactors", nullValue())
                .body("data.child.guardians.guardian.phone", everyItem(nullValue()))
                .body("data.child.guardians.guardian.workplace", everyItem(nullValue()))
                .body("data.child.directors.phone", everyItem(nullValue()))
                .body("data.child.directors.personName", contains("杨帆"))
                .body("data.child.visitSchedule", nullValue());
    }

    @Test
    void shouldShowALovingMotherTheCaregiversPhoneAndTheDirectorsButNotTheFamilysRecords() {
        Family family = registerFamily("140521901201", "140521", List.of("LEFT_BEHIND"), List.of());
        String federation = Tokens.of("womens.federation");
        String volunteer = run(federation, "organization/createVolunteer", "organizationId",
                "00000000-0000-4000-8000-000000000102", "input", Map.of(
                        "personName", "爱心妈妈" + TestChildren.nextNumber(), "active", true,
                        "backgroundCheckExpiresOn", ChinaTime.today().plusYears(1).toString()))
                .body("errors", nullValue()).extract().path("data.createVolunteer.id");
        run(federation, "pairing/createPairing", "input", Map.of("child", Map.of("idNumber", family.idNumber(),
                "name", family.name()), "volunteerId", volunteer, "kind", "LOVING_MOTHER"))
                .body("errors", nullValue());
        run(federation, "child/childFields", "id", family.childId())
                .body("errors", nullValue())
                .body("data.child.idNumber", nullValue())
                .body("data.child.householdRegionCode", nullValue())
                .body("data.child.riskFactors", nullValue())
                .body("data.child.guardians.find { it.entrustedCaregiver }.guardian.phone", equalTo("13811110002"))
                .body("data.child.guardians.find { !it.entrustedCaregiver }.guardian.phone", nullValue())
                .body("data.child.guardians.guardian.workplace", everyItem(nullValue()))
                .body("data.child.directors.phone", contains("13900000001"))
                .body("data.child.visitSchedule", nullValue());
    }

    @Test
    void shouldShowARehabilitationProviderTheDisability() {
        Family family = registerFamily("140521901201", "140521", List.of("DISABLED"), List.of("CHILD_DISABILITY"));
        String federation = Tokens.of("disabled.federation");
        run(federation, "child/childFields", "id", family.childId())
                .body("errors[0].extensions.code", equalTo("CHILD_NOT_FOUND"));
        run(federation, "rehabilitation/recordRehabilitation", "input", Map.of("child", Map.of("idNumber",
                family.idNumber(), "name", family.name()), "kind", "SCREENING", "provider", "县医院", "startsOn",
                ChinaTime.today().toString(), "status", "PLANNED")).body("errors", nullValue());
        run(federation, "child/childFields", "id", family.childId())
                .body("errors", nullValue())
                .body("data.child.disabilityKind", equalTo("肢体残疾"))
                .body("data.child.disabilityGrade", equalTo(3))
                .body("data.child.idNumber", nullValue())
                .body("data.child.riskFactors", nullValue())
                .body("data.child.guardians.find { it.entrustedCaregiver }.guardian.phone", equalTo("13811110002"))
                .body("data.child.guardians.find { !it.entrustedCaregiver }.guardian.phone", nullValue());
    }
}

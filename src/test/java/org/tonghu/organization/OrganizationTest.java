package org.tonghu.organization;

import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.tonghu.testing.GraphQLClient.run;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tonghu.testing.LocalModeTestResource;
import org.tonghu.testing.Tokens;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(LocalModeTestResource.class)
class OrganizationTest {

    private static final String WOMENS_FEDERATION = "00000000-0000-4000-8000-000000000102";
    private static final String YOUTH_LEAGUE = "00000000-0000-4000-8000-000000000103";

    @Test
    void shouldShowAnOrganizationItsOwnVolunteers() {
        run(Tokens.of("womens.federation"), "organization/organizationWithVolunteers", "id", WOMENS_FEDERATION)
                .body("errors", nullValue())
                .body("data.organization.volunteers.personName", hasItems("何丽娟", "罗秀梅"))
                .body("data.organization.volunteers.find { it.personName == '罗秀梅' }.backgroundCheckValid",
                        equalTo(false))
                .body("data.organization.volunteers.organization.name", everyItem(equalTo("晋城市妇女联合会")));
    }

    @Test
    void shouldNotShowAnotherOrganizationsVolunteersToAPartner() {
        run(Tokens.of("youth.league"), "organization/organizationWithVolunteers", "id", WOMENS_FEDERATION)
                .body("data.organization.volunteers", hasSize(0));
        run(Tokens.of("youth.league"), "organization/volunteers", "organizationId", WOMENS_FEDERATION)
                .body("data.volunteers.edges", hasSize(0));
    }

    @Test
    void shouldShowTheCityOfficerVolunteersOfOrganizationsInTheCity() {
        run(Tokens.of("city.officer"), "organization/volunteers", "organizationId", WOMENS_FEDERATION)
                .body("data.volunteers.edges.node.personName", hasItem("何丽娟"));
    }

    @Test
    void shouldListOrganizationsByKindForAnySignedInCaller() {
        run(Tokens.of("auditor"), "organization/organizations", "kind", "YOUTH_LEAGUE")
                .body("data.organizations.edges.node.id", hasItem(YOUTH_LEAGUE))
                .body("data.organizations.edges.node.kind", everyItem(equalTo("YOUTH_LEAGUE")));
    }

    @Test
    void shouldShowHarborSitesWithVillageAndOperator() {
        run(Tokens.of("youth.league"), "organization/organizationWithVolunteers", "id", YOUTH_LEAGUE)
                .body("data.organization.harborSites.name", hasItem("沁水演示一镇东村童心港湾"))
                .body("data.organization.harborSites.village.name", hasItem("沁水演示一镇东村"));
        run(Tokens.of("village.director"), "organization/harborSites", "regionCode", "140521901201")
                .body("data.harborSites.edges.node.operatingOrganization.name", hasItem("共青团晋城市委员会"));
    }

    @Test
    void shouldLetPartnerStaffRegisterVolunteersOfTheirOwnOrganizationOnly() {
        Map<String, Object> input = Map.of("personName", "邓梅", "phone", "13500000001", "active", true,
                "backgroundCheckExpiresOn", "2029-01-01");
        run(Tokens.of("womens.federation"), "organization/createVolunteer", "organizationId", WOMENS_FEDERATION,
                "input", input)
                .body("errors", nullValue())
                .body("data.createVolunteer.version", equalTo(0));
        run(Tokens.of("youth.league"), "organization/createVolunteer", "organizationId", WOMENS_FEDERATION,
                "input", input)
                .body("errors[0].extensions.code", equalTo("ORGANIZATION_NOT_FOUND"));
    }
}

package org.tonghu.security;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.tonghu.testing.GraphQLClient.run;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tonghu.local.DemoIssuer;
import org.tonghu.local.DemoUser;
import org.tonghu.testing.LocalModeTestResource;
import org.tonghu.testing.Tokens;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(LocalModeTestResource.class)
class MeGraphQLTest {

    static java.util.List<DemoUser> demoUsers() {
        return DemoUser.ALL;
    }

    @ParameterizedTest
    @MethodSource("demoUsers")
    void shouldTellEveryDemoUserTheirRoleRegionAndOrganization(DemoUser user) {
        run(Tokens.of(user.username()), "security/me")
                .body("errors", nullValue())
                .body("data.me.subject", equalTo(user.subject()))
                .body("data.me.username", equalTo(user.username()))
                .body("data.me.roles", contains(user.role()))
                .body("data.me.region.code", equalTo(user.regionCode()))
                .body("data.me.organization.id", equalTo(user.organizationId()))
                .body("data.me.clientId", equalTo(DemoIssuer.CLI_CLIENT_ID));
    }

    @Test
    void shouldTellAThirdPartyAppItsOrganization() {
        run(Tokens.partnerApp(), "security/me")
                .body("data.me.roles", contains(Roles.THIRD_PARTY_APP))
                .body("data.me.organization.kind", equalTo("NGO"))
                .body("data.me.region", nullValue())
                .body("data.me.clientId", equalTo(DemoIssuer.PARTNER_APP_CLIENT_ID));
    }

    @Test
    void shouldShowTheNamesOfTheUsersRegion() {
        run(Tokens.of("county.officer"), "security/me")
                .body("data.me.region.name", equalTo("沁水县"))
                .body("data.me.region.level", equalTo("COUNTY"))
                .body("data.me.organization.name", equalTo("沁水县民政局"));
    }

    @Test
    void shouldKeepAnUnknownRoleOutOfRoles() {
        DemoUser stranger = new DemoUser("stranger", "Stranger", "superuser", "140000000000", null);
        String token = LocalModeTestResource.issuer().accessToken(stranger, DemoIssuer.CLI_CLIENT_ID);
        run(token, "security/me")
                .body("data.me.roles.size()", equalTo(0));
    }
}

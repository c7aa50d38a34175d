package org.tonghu.portal;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tonghu.local.DemoUser;
import org.tonghu.security.Roles;
import org.tonghu.testing.LocalModeTestResource;
import org.tonghu.testing.PortalBrowser;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Every demo role against every list page of the portal: the pages its work needs open (200), the others say in a page
 * of their own that the role does not use them (403); none fails.
 */
@QuarkusTest
@QuarkusTestResource(LocalModeTestResource.class)
class PortalPagesByRoleTest {

    static final List<String> PAGES = List.of("/portal", "/portal/children", "/portal/referrals", "/portal/dashboard",
            "/portal/pairings", "/portal/pairings/new", "/portal/activities", "/portal/activities/new",
            "/portal/rehabilitation", "/portal/notifications", "/portal/reports", "/portal/reports/new",
            "/portal/reports/queue");

    static final Set<String> OFFICERS = Set.of(Roles.PROVINCE_OFFICER, Roles.CITY_OFFICER, Roles.COUNTY_OFFICER);
    /** Who may file a mandatory report: everyone who works with children. */
    static final Set<String> REPORTERS = Set.of(Roles.PROVINCE_OFFICER, Roles.CITY_OFFICER, Roles.COUNTY_OFFICER,
            Roles.TOWNSHIP_SUPERVISOR, Roles.VILLAGE_DIRECTOR, Roles.PARTNER_STAFF);

    static List<DemoUser> demoUsers() {
        return DemoUser.ALL;
    }

    @ParameterizedTest
    @MethodSource("demoUsers")
    void shouldOpenThePagesOfTheRolesWorkAndRefuseTheOthersWithAPage(DemoUser user) {
        PortalBrowser browser = new PortalBrowser();
        browser.signIn(user.username(), "/portal");
        List<String> wrong = new ArrayList<>();
        for (String path : PAGES) {
            HttpResponse<String> page = browser.get(PortalBrowser.baseUrl() + path);
            int expected = expectedStatus(user, path);
            if (page.statusCode() != expected) {
                wrong.add(path + " answered " + page.statusCode() + ", expected " + expected);
            } else if (expected == 403) {
                assertThat(page.body(), containsString("id=\"forbidden\""));
            }
        }
        assertEquals(List.of(), wrong, user.username());
    }

    static int expectedStatus(DemoUser user, String path) {
        boolean partner = user.role().equals(Roles.PARTNER_STAFF);
        boolean organization = user.organizationId() != null;
        return switch (path) {
            case "/portal/dashboard" -> (OFFICERS.contains(user.role())
                    || user.role().equals(Roles.TOWNSHIP_SUPERVISOR)) && user.regionCode() != null ? 200 : 403;
            case "/portal/pairings", "/portal/pairings/new" -> partner ? 200 : 403;
            case "/portal/activities", "/portal/activities/new", "/portal/rehabilitation" -> organization ? 200 : 403;
            case "/portal/reports/new" -> REPORTERS.contains(user.role()) ? 200 : 403;
            case "/portal/reports/queue" -> organization || OFFICERS.contains(user.role()) ? 200 : 403;
            default -> 200;
        };
    }
}

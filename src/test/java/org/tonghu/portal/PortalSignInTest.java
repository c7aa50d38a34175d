package org.tonghu.portal;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tonghu.local.DemoUser;
import org.tonghu.testing.LocalModeTestResource;
import org.tonghu.testing.PortalBrowser;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(LocalModeTestResource.class)
class PortalSignInTest {

    static java.util.List<DemoUser> demoUsers() {
        return DemoUser.ALL;
    }

    @ParameterizedTest
    @MethodSource("demoUsers")
    void shouldSignInEveryDemoUserThroughTheCodeFlow(DemoUser user) {
        PortalBrowser browser = new PortalBrowser();
        HttpResponse<String> home = browser.signIn(user.username(), "/portal");
        assertEquals(200, home.statusCode());
        assertEquals("/portal", home.uri().getPath());
        assertThat(home.body(), containsString(user.displayName()));
        assertThat(home.body(), containsString("本地演示模式"));
        assertThat(home.headers().firstValue("Cache-Control").orElse(""), containsString("no-store"));
        assertThat(home.headers().firstValue("Content-Security-Policy").orElse(""),
                containsString("frame-ancestors 'none'"));
    }

    @Test
    void shouldShowTheRoleAndRegionInChinese() {
        HttpResponse<String> home = new PortalBrowser().signIn("village.director", "/portal");
        assertThat(home.body(), containsString("村（社区）儿童主任"));
        assertThat(home.body(), containsString("沁水演示一镇东村"));
    }

    @Test
    void shouldShowAPartnerItsOwnKindsRegistryFirstAndTheReferralsWaitingForItsAnswer() {
        String federation = new PortalBrowser().signIn("disabled.federation", "/portal").body();
        String registries = federation.substring(federation.indexOf("id=\"registries\""));
        assertThat(registries.indexOf("/portal/rehabilitation"), lessThan(registries.indexOf("/portal/pairings")));
        assertThat(federation, containsString("href=\"/portal/referrals/00000000-0000-4000-8000-000000008001\""));
        assertThat(federation, containsString("逾期未答复"));

        String womens = new PortalBrowser().signIn("womens.federation", "/portal").body();
        assertThat(womens.substring(womens.indexOf("id=\"registries\"")),
                not(containsString("/portal/rehabilitation")));
        String youth = new PortalBrowser().signIn("youth.league", "/portal").body();
        String youthRegistries = youth.substring(youth.indexOf("id=\"registries\""));
        assertThat(youthRegistries.indexOf("/portal/activities"),
                lessThan(youthRegistries.indexOf("/portal/pairings")));
    }

    @Test
    void shouldLetBrowsersCacheTheStaticAssets() {
        PortalBrowser browser = new PortalBrowser();
        for (String asset : java.util.List.of("/static/portal.css", "/static/dashboard.js",
                "/webjars/uplot/1.6.30/dist/uPlot.iife.min.js")) {
            HttpResponse<String> response = browser.get(PortalBrowser.baseUrl() + asset);
            assertEquals(200, response.statusCode(), asset);
            assertThat(asset, response.headers().firstValue("Cache-Control").orElse(""), containsString("max-age="));
        }
    }

    @Test
    void shouldKeepTheSessionCookieToThePortal() {
        PortalBrowser browser = new PortalBrowser();
        browser.signIn("county.officer", "/portal");
        var session = browser.cookieNamed("q_session").orElseThrow();
        assertEquals("/portal", session.getPath());
        assertThat(session.isHttpOnly(), equalTo(true));
    }

    @Test
    void shouldSignOutAndAskForSignInAgain() {
        PortalBrowser browser = new PortalBrowser();
        browser.signIn("county.officer", "/portal");
        HttpResponse<String> afterLogout = browser.get(PortalBrowser.baseUrl() + "/portal/logout");
        assertEquals("/", afterLogout.uri().getPath());
        HttpResponse<String> again = browser.get(PortalBrowser.baseUrl() + "/portal");
        assertEquals("/authorize", again.uri().getPath());
        assertThat(again.body(), not(containsString("您好")));
    }
}

package org.tonghu.portal;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tonghu.testing.GraphQLClient.run;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.tonghu.testing.Database;
import org.tonghu.testing.LocalModeTestResource;
import org.tonghu.testing.PortalBrowser;
import org.tonghu.testing.TestChildren;
import org.tonghu.testing.TestChildren.TestChild;
import org.tonghu.testing.Tokens;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Referrals in the portal, end to end over HTTP: the county sends one from the child's file, the Disabled Persons'
 * Federation answers it; bad input and a stale answer save nothing; another county cannot open it.
 */
@QuarkusTest
@QuarkusTestResource(LocalModeTestResource.class)
class ReferralPagesTest {

    static final String DISABLED_PERSONS_FEDERATION = "00000000-0000-4000-8000-000000000104";

    @Test
    void shouldSendAcceptAndCloseAReferralThroughThePortal() throws Exception {
        TestChild child = TestChildren.register();
        PortalBrowser county = new PortalBrowser();
        String formPath = "/portal/children/" + child.id() + "/referrals/new";
        HttpResponse<String> form = county.signIn("county.officer", formPath);
        assertThat(form.body(), containsString("晋城市残疾人联合会"));
        long referrals = Database.count("referral");

        // no need stated: the field error, the choices kept, nothing saved
        HttpResponse<String> refused = county.submit(formPath, "/portal/children/" + child.id() + "/referrals",
                Map.of("toOrganizationId", DISABLED_PERSONS_FEDERATION, "needCategory", "REHABILITATION", "need", "",
                        "urgency", "URGENT", "consentBasis", "GUARDIAN_CONSENT"));
        assertEquals(422, refused.statusCode());
        assertThat(refused.body(), containsString("id=\"need-error\""));
        assertThat(refused.body(), containsString("value=\"URGENT\" checked"));
        assertEquals(referrals, Database.count("referral"));

        HttpResponse<String> sent = county.submit(formPath, "/portal/children/" + child.id() + "/referrals",
                Map.of("toOrganizationId", DISABLED_PERSONS_FEDERATION, "needCategory", "REHABILITATION",
                        "need", "需要评估是否适配助听器", "urgency", "URGENT", "consentBasis", "GUARDIAN_CONSENT"));
        assertEquals(200, sent.statusCode());
        assertThat(sent.uri().getPath(), containsString("/portal/referrals/"));
        assertThat(sent.body(), containsString("待答复"));
        assertThat(sent.body(), containsString("转介已发出"));
        String referralPath = sent.uri().getPath();
        String referralId = referralPath.substring(referralPath.lastIndexOf('/') + 1);

        PortalBrowser federation = new PortalBrowser();
        HttpResponse<String> received = federation.signIn("disabled.federation", "/portal/referrals");
        assertThat(received.body(), containsString("data-referral-id=\"" + referralId + "\""));
        assertThat(received.body(), containsString(child.name()));

        // declining needs a reason
        HttpResponse<String> noReason = federation.submit(referralPath, referralPath + "/decline",
                Map.of("version", version(federation, referralPath), "reason", " "));
        assertEquals(422, noReason.statusCode());
        assertThat(noReason.body(), containsString("id=\"reason-error\""));

        // a stale accept (the referral was accepted through the API meanwhile) shows the conflict
        String staleVersion = version(federation, referralPath);
        run(Tokens.of("disabled.federation"), "referral/acceptReferral", "id", referralId, "expectedVersion",
                Integer.parseInt(staleVersion));
        HttpResponse<String> stale = federation.submit(referralPath, referralPath + "/accept",
                Map.of("version", staleVersion));
        assertEquals(409, stale.statusCode());
        assertThat(stale.body(), containsString("id=\"conflict\""));
        assertThat(stale.body(), containsString("已接收"));

        HttpResponse<String> closed = federation.submit(referralPath, referralPath + "/close", Map.of("version",
                version(federation, referralPath), "outcome", "已适配助听器并开始语言训练", "closedOn", ""));
        assertEquals(200, closed.statusCode());
        assertThat(closed.body(), containsString("已结案"));

        HttpResponse<String> senderView = county.get(PortalBrowser.baseUrl() + referralPath);
        assertThat(senderView.body(), containsString("已适配助听器并开始语言训练"));
        assertThat(senderView.body(), not(containsString("close-form")));
        assertTrue(county.get(PortalBrowser.baseUrl() + "/portal/children/" + child.id()).body()
                .contains("已适配助听器并开始语言训练"), "the outcome shows in the child's file");
    }

    @Test
    void shouldNotShowAReferralToAnotherCounty() {
        String demoReferral = "/portal/referrals/00000000-0000-4000-8000-000000008001";
        PortalBrowser yangcheng = new PortalBrowser();
        HttpResponse<String> page = yangcheng.signIn("county.officer.yangcheng", demoReferral);
        assertEquals(404, page.statusCode());
        PortalBrowser qinshui = new PortalBrowser();
        assertEquals(200, qinshui.signIn("county.officer", demoReferral).statusCode());
    }

    /** The referral's version as its page's forms carry it. */
    static String version(PortalBrowser browser, String referralPath) {
        Matcher version = Pattern.compile("name=\"version\" value=\"(\\d+)\"")
                .matcher(browser.get(PortalBrowser.baseUrl() + referralPath).body());
        assertTrue(version.find(), "the page has an answer form");
        return version.group(1);
    }
}

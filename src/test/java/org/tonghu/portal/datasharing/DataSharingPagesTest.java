package org.tonghu.portal.datasharing;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.tonghu.testing.Database;
import org.tonghu.testing.LocalModeTestResource;
import org.tonghu.testing.PortalBrowser;
import org.tonghu.time.ChinaTime;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The province's data-sharing pages: the list with the demo agreements, registering an app (errors on the fields,
 * nothing written), revoking its agreement (a reason required, a stale form a conflict), English, and nobody else.
 */
@QuarkusTest
@QuarkusTestResource(LocalModeTestResource.class)
class DataSharingPagesTest {

    static final String DEMO_AGREEMENT = "00000000-0000-4000-8000-0000000d5a01";
    static final String WOMENS_FEDERATION = "00000000-0000-4000-8000-000000000102";

    @Test
    void shouldListTheAgreementsWithTheirStatesForTheProvinceOnly() {
        HttpResponse<String> home = new PortalBrowser().signIn("province.officer", "/portal");
        assertThat(home.body(), containsString("id=\"data-sharing-link\""));
        HttpResponse<String> list = new PortalBrowser().signIn("province.officer", "/portal/data-sharing");
        assertEquals(200, list.statusCode());
        assertThat(list.body(), containsString("数据共享协议"));
        assertThat(list.body(), containsString("data-agreement-id=\"" + DEMO_AGREEMENT + "\" data-state=\"ACTIVE\""));
        assertThat(list.body(), containsString("data-state=\"REVOKED\""));
        assertThat(list.body(), containsString("data-state=\"EXPIRED\""));
        HttpResponse<String> english = new PortalBrowser().signIn("province.officer",
                "/portal/language?lang=en&back=/portal/data-sharing");
        assertThat(english.body(), containsString("Data-sharing agreements"));
        assertThat(english.body(), containsString("Child-level data of the children it works with"));
        assertThat(new PortalBrowser().signIn("county.officer", "/portal").body(),
                not(containsString("data-sharing-link")));
        assertEquals(403, new PortalBrowser().signIn("county.officer", "/portal/data-sharing").statusCode());
        assertEquals(403, new PortalBrowser().signIn("womens.federation",
                "/portal/data-sharing/" + DEMO_AGREEMENT).statusCode());
    }

    @Test
    void shouldRegisterAnAppAndRevokeItsAgreement() throws Exception {
        PortalBrowser province = new PortalBrowser();
        HttpResponse<String> form = province.signIn("province.officer", "/portal/data-sharing/new");
        assertEquals(200, form.statusCode());
        assertThat(form.body(), containsString("id=\"available-operations\""));
        String clientId = "portal-app-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("clientId", clientId);
        fields.put("organizationId", WOMENS_FEDERATION);
        fields.put("purpose", "门户登记：妇联志愿者应用");
        fields.put("legalBasis", "STATUTORY_DUTY");
        fields.put("regionCodes", "140522000000");
        fields.put("fieldSet", "DIRECTORY");
        fields.put("operations", "me, noSuchQuery");
        fields.put("startsOn", ChinaTime.today().toString());
        fields.put("expiresOn", ChinaTime.today().plusYears(1).toString());
        fields.put("requestsPerMinute", "30");
        fields.put("dailyQuota", "500");
        HttpResponse<String> bad = province.submit("/portal/data-sharing/new", "/portal/data-sharing", fields);
        assertEquals(422, bad.statusCode());
        assertThat(bad.body(), containsString("id=\"operations-error\""));
        assertThat(bad.body(), containsString("接口中没有这个操作"));
        assertThat(bad.body(), containsString("门户登记：妇联志愿者应用"));
        assertEquals(0L, Database.count("data_sharing_agreement where client_id = '" + clientId + "'"));
        fields.put("operations", "me\nregions");
        HttpResponse<String> saved = province.submit("/portal/data-sharing/new", "/portal/data-sharing", fields);
        assertEquals(200, saved.statusCode());
        assertThat(saved.body(), containsString("<code>me regions</code>"));
        assertThat(saved.body(), containsString("id=\"revoke-form\""));
        String id = agreementId(saved.body());
        String path = "/portal/data-sharing/" + id;
        Map<String, String> revoke = new LinkedHashMap<>();
        revoke.put("version", "0");
        revoke.put("reason", "");
        HttpResponse<String> noReason = province.submit(path, path + "/revoke", revoke);
        assertEquals(422, noReason.statusCode());
        assertThat(noReason.body(), containsString("id=\"reason-error\""));
        revoke.put("reason", "协议目的已实现");
        HttpResponse<String> revoked = province.submit(path, path + "/revoke", revoke);
        assertEquals(200, revoked.statusCode());
        assertThat(revoked.body(), containsString("id=\"revoked\""));
        assertThat(revoked.body(), not(containsString("id=\"revoke-form\"")));
        assertEquals(1L, Database.count("data_sharing_agreement where id = '" + id + "' and status = 'REVOKED'"));
    }

    @Test
    void shouldShowAStaleRevocationAsAConflict() {
        PortalBrowser province = new PortalBrowser();
        province.signIn("province.officer", "/portal");
        String clientId = "portal-app-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("clientId", clientId);
        fields.put("organizationId", WOMENS_FEDERATION);
        fields.put("purpose", "门户登记：冲突");
        fields.put("legalBasis", "GUARDIAN_CONSENT");
        fields.put("regionCodes", "140522000000");
        fields.put("fieldSet", "DIRECTORY");
        fields.put("operations", "me");
        fields.put("startsOn", ChinaTime.today().toString());
        fields.put("expiresOn", ChinaTime.today().plusYears(1).toString());
        String id = agreementId(province.submit("/portal/data-sharing/new", "/portal/data-sharing", fields).body());
        String path = "/portal/data-sharing/" + id;
        HttpResponse<String> stale = province.submit(path, path + "/revoke", Map.of("version", "7", "reason", "过期表单"));
        assertEquals(409, stale.statusCode());
        assertThat(stale.body(), containsString("id=\"conflict\""));
    }

    private static String agreementId(String body) {
        Matcher form = Pattern.compile("action=\"/portal/data-sharing/([0-9a-f-]{36})/revoke\"").matcher(body);
        if (!form.find()) {
            throw new AssertionError("no revoke form on the page");
        }
        return form.group(1);
    }
}

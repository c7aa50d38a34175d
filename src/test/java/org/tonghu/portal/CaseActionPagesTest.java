package org.tonghu.portal;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.tonghu.testing.GraphQLClient.run;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tonghu.testing.Fixtures;
import org.tonghu.testing.LocalModeTestResource;
import org.tonghu.testing.PortalBrowser;
import org.tonghu.testing.Tokens;
import org.tonghu.time.ChinaTime;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The linked actions on a child's case in the child's file: in date order for its keepers, absent for partners. */
@QuarkusTest
@QuarkusTestResource(LocalModeTestResource.class)
class CaseActionPagesTest {

    @Test
    void shouldListTheDemoActionsInDateOrderInTheChildsFile() {
        HttpResponse<String> page = new PortalBrowser().signIn("village.director",
                "/portal/children/" + Fixtures.CHILD_QINSHUI_EAST_1);
        assertEquals(200, page.statusCode());
        String body = page.body();
        assertThat(body, containsString("案件关联措施"));
        int order = body.indexOf("责令接受家庭教育指导");
        int suggestion = body.indexOf("检察建议");
        assertEquals(true, order > 0 && suggestion > order, "the older order first");
        assertThat(body, containsString("（2026）晋0521民初118号"));
        assertThat(body, containsString("已安排家庭教育指导活动"));
    }

    @Test
    void shouldShowTheActionsToTheOfficerButNotToAPartnerWorkingWithTheChild() {
        run(Tokens.of("county.officer.yangcheng"), "caseaction/recordCaseAction", "childId", Fixtures.CHILD_YANGCHENG_2,
                "input", Map.of("kind", "GUARDIANSHIP_REVOKED", "actionDate", LocalDate.now(ChinaTime.ZONE).toString(),
                        "issuingBody", "阳城县人民法院", "documentNumber", "（2026）晋0522民特9号"))
                .body("errors", nullValue());
        HttpResponse<String> officer = new PortalBrowser().signIn("county.officer.yangcheng",
                "/portal/children/" + Fixtures.CHILD_YANGCHENG_2);
        assertThat(officer.body(), containsString("（2026）晋0522民特9号"));
        HttpResponse<String> partner = new PortalBrowser().signIn("womens.federation",
                "/portal/children/" + Fixtures.CHILD_YANGCHENG_2);
        assertEquals(200, partner.statusCode());
        assertThat(partner.body(), not(containsString("案件关联措施")));
        assertThat(partner.body(), not(containsString("（2026）晋0522民特9号")));
    }
}

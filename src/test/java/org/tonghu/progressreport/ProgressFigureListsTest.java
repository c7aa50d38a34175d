package org.tonghu.progressreport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.hamcrest.Matchers.nullValue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.tonghu.testing.GraphQLClient;
import org.tonghu.testing.LocalModeTestResource;
import org.tonghu.testing.PortalBrowser;
import org.tonghu.testing.Tokens;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Every figure of a compiled progress report opens as the list of what it counts (issue 15, "drill-down figures equal
 * to their lists"): the list the figure links to, opened in the portal by the officer, says it holds exactly as many
 * items as the figure's value, for the region and year of the report. The figures without a list are named below
 * with the reason. Another county's officer gets 404 for the same lists.
 */
@QuarkusTest
@QuarkusTestResource(LocalModeTestResource.class)
class ProgressFigureListsTest {

    /** Yangcheng's report of 2026 in the demo data: returned to the county, so compiled from the data when read. */
    static final String YANGCHENG_2026 = "00000000-0000-4000-8000-00000000d003";
    static final String YANGCHENG_OFFICER = "county.officer.yangcheng";

    /** The figures that open no list of their own, and why. */
    static final Map<String, String> WITHOUT_LIST = Map.of();

    static final Pattern TOTAL = Pattern.compile("data-list-total=\"(\\d+)\"");

    @Test
    void shouldOpenEveryFigureOfACountysReportAsTheListOfWhatItCounts() {
        List<Map<String, Object>> figures = GraphQLClient.run(Tokens.of(YANGCHENG_OFFICER),
                "progressreport/progressReport", "id", YANGCHENG_2026).body("errors", nullValue()).extract()
                .jsonPath().getList("data.progressReport.figures");
        assertTrue(figures.size() > 30, "the report's figures: " + figures.size());
        PortalBrowser officer = new PortalBrowser();
        officer.signIn(YANGCHENG_OFFICER, "/portal");
        PortalBrowser otherCounty = new PortalBrowser();
        otherCounty.signIn("county.officer", "/portal");
        List<String> mismatches = new ArrayList<>();
        int nonZero = 0;
        for (Map<String, Object> figure : figures) {
            String key = (String) figure.get("key");
            long value = ((Number) figure.get("value")).longValue();
            String list = (String) figure.get("list");
            if (list == null) {
                if (!WITHOUT_LIST.containsKey(key)) {
                    mismatches.add(key + " (" + value + ") opens no list and is not named as having none");
                }
                continue;
            }
            // a figure of the partners' work (or of training) opens the dashboard's table of counts by region at its
            // total: the officer sees those counts, not the partners' records (issue 15)
            String fragment = list.contains("#") ? list.substring(list.indexOf('#') + 1) : null;
            HttpResponse<String> page = officer.get(PortalBrowser.baseUrl() + list.replaceFirst("#.*", ""));
            if (page.statusCode() != 200) {
                mismatches.add(key + " (" + value + "): " + list + " answers " + page.statusCode());
                continue;
            }
            Matcher total = (fragment == null ? TOTAL : Pattern.compile("id=\"" + Pattern.quote(fragment)
                    + "\" data-count=\"(\\d+)\"")).matcher(page.body());
            if (!total.find()) {
                mismatches.add(key + " (" + value + "): " + list + " says no total");
                continue;
            }
            long listed = Long.parseLong(total.group(1));
            if (listed != value) {
                mismatches.add(key + " (" + value + "): " + list + " lists " + listed);
            }
            if (value > 0) {
                nonZero++;
            }
            int elsewhere = otherCounty.get(PortalBrowser.baseUrl() + list.replaceFirst("#.*", "")).statusCode();
            if (elsewhere != 404) {
                mismatches.add(key + ": " + list + " answers another county's officer " + elsewhere);
            }
            System.out.println("figure " + key + " = " + value + " <- " + list);
        }
        assertEquals(List.of(), mismatches, "figures whose list holds other items");
        assertTrue(nonZero >= 10, "figures with something to list: " + nonZero);
    }
}

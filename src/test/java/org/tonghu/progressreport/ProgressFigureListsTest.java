package org.tonghu.progressreport;

import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tonghu.testing.SignedIn.as;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.tonghu.regioncode.RegionCode;
import org.tonghu.testing.GraphQLClient;
import org.tonghu.testing.LocalModeTestResource;
import org.tonghu.testing.PortalBrowser;
import org.tonghu.testing.TestChildren;
import org.tonghu.testing.Tokens;
import org.tonghu.time.ChinaTime;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Every figure of a compiled progress report opens as the list of what it counts (issue 15, "drill-down figures equal
 * to their lists"): the list the figure links to, opened in the portal by the officer, says it holds exactly as many
 * items as the figure's value ({@code data-list-total}), for the region and year of the report; another county's
 * officer gets 404 for it. The figures of the partners' work and of training open the dashboard's table of counts by
 * region at its total (officers see the partners' counts, not their records), whose total must equal the figure. A
 * city's figures are its counties' reports summed: each opens the counties' values it sums, whose total must equal it,
 * and which a county's officer may not open.
 * Figures without a list would be named in {@link #WITHOUT_LIST} with the reason; there are none.
 */
@QuarkusTest
@QuarkusTestResource(LocalModeTestResource.class)
class ProgressFigureListsTest {

    /** Yangcheng's report of 2026 in the demo data: returned to the county, so compiled from the data when read. */
    static final String YANGCHENG_2026 = "00000000-0000-4000-8000-00000000d003";
    static final String QINSHUI = "140521000000";
    /** Jincheng's report of 2026 in the demo data: a draft, summing its counties' submitted and accepted reports. */
    static final String JINCHENG_2026 = "00000000-0000-4000-8000-00000000d006";

    /** The figures that open no list of their own, and why: none. */
    static final Map<String, String> WITHOUT_LIST = Map.of();

    static final Pattern LIST_TOTAL = Pattern.compile("data-list-total=\"(\\d+)\"");

    @Inject
    ProgressReportService reports;

    @Test
    void shouldOpenEveryFigureOfACountysReportAsTheListOfWhatItCounts() {
        List<ProgressFigure> compiled = figuresAsRead("county.officer.yangcheng", YANGCHENG_2026);
        int nonZero = checkLists(compiled, "county.officer.yangcheng", "county.officer", 30);
        assertTrue(nonZero >= 15, "figures with something to list: " + nonZero);
    }

    @Test
    void shouldOpenEveryFigureOfTheYearCompiledForTheDemoCountyAsItsList() {
        // a child registered and its file closed this year, so that the year's children lists hold someone
        TestChildren.TestChild closed = TestChildren.registerIn("140521901201");
        GraphQLClient.run(Tokens.of("county.officer"), "child/closeChild", "id", closed.id(), "expectedVersion", 0,
                "reason", "MOVED_AWAY").body("errors", nullValue());
        // Qinshui's 2026 report is submitted (frozen): its figures compiled now, as a draft's would be
        List<ProgressFigure> compiled = as("county.officer",
                () -> reports.compileFigures(new RegionCode(QINSHUI), ChinaTime.today().getYear()));
        assertTrue(compiled.stream().anyMatch(f -> "children.closed".equals(f.key()) && f.value() > 0),
                "a file closed this year");
        int nonZero = checkLists(compiled, "county.officer", "county.officer.yangcheng", 30);
        assertTrue(nonZero >= 25, "figures with something to list: " + nonZero);
    }

    @Test
    void shouldOpenEveryFigureOfACitysReportAsItsCountiesFigures() {
        List<ProgressFigure> summed = figuresAsRead("city.officer", JINCHENG_2026);
        // the demo's submitted and accepted county reports freeze the children, villages, placements and reports
        int nonZero = checkLists(summed, "city.officer", "county.officer", 14);
        assertTrue(nonZero >= 8, "figures with something to list: " + nonZero);
    }

    /** A report's figures as the officer reads them through the graph. */
    private static List<ProgressFigure> figuresAsRead(String officerName, String reportId) {
        List<Map<String, Object>> figures = GraphQLClient.run(Tokens.of(officerName), "progressreport/progressReport",
                "id", reportId).body("errors", nullValue()).extract().jsonPath()
                .getList("data.progressReport.figures");
        return figures.stream().map(f -> new ProgressFigure((String) f.get("key"),
                ((Number) f.get("value")).longValue(), (String) f.get("list"))).toList();
    }

    /**
     * Opens each figure's list as the officer and compares the count it reports with the figure; another county's
     * officer must get 404. Returns how many figures are not zero.
     */
    private static int checkLists(List<ProgressFigure> figures, String officerName, String otherCountyName,
            int minimumFigures) {
        assertTrue(figures.size() > minimumFigures, "the report's figures: " + figures.size());
        PortalBrowser officer = new PortalBrowser();
        officer.signIn(officerName, "/portal");
        PortalBrowser otherCounty = new PortalBrowser();
        otherCounty.signIn(otherCountyName, "/portal");
        List<String> mismatches = new ArrayList<>();
        int nonZero = 0;
        List<String> zero = new ArrayList<>();
        for (ProgressFigure figure : figures) {
            String key = figure.key();
            String list = figure.list();
            if (list == null) {
                if (!WITHOUT_LIST.containsKey(key)) {
                    mismatches.add(key + " (" + figure.value() + ") opens no list and is not named as having none");
                }
                continue;
            }
            String fragment = list.contains("#") ? list.substring(list.indexOf('#') + 1) : null;
            String page = PortalBrowser.baseUrl() + list.replaceFirst("#.*", "");
            HttpResponse<String> opened = officer.get(page);
            if (opened.statusCode() != 200) {
                mismatches.add(key + " (" + figure.value() + "): " + list + " answers " + opened.statusCode());
                continue;
            }
            Matcher total = (fragment == null ? LIST_TOTAL : Pattern.compile("id=\"" + Pattern.quote(fragment)
                    + "\" data-count=\"(\\d+)\"")).matcher(opened.body());
            if (!total.find()) {
                mismatches.add(key + " (" + figure.value() + "): " + list + " says no total");
            } else if (Long.parseLong(total.group(1)) != figure.value()) {
                mismatches.add(key + " (" + figure.value() + "): " + list + " lists " + total.group(1));
            }
            int elsewhere = otherCounty.get(page).statusCode();
            if (elsewhere != 404) {
                mismatches.add(key + ": " + list + " answers another county's officer " + elsewhere);
            }
            if (figure.value() > 0) {
                nonZero++;
            } else {
                zero.add(key);
            }
        }
        assertEquals(List.of(), mismatches, "figures whose list holds other items");
        System.out.println(officerName + ": figures of zero: " + zero);
        return nonZero;
    }
}

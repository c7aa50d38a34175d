package org.tonghu.progressreport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.tonghu.testing.Database;
import org.tonghu.testing.LocalModeTestResource;
import org.tonghu.testing.PortalBrowser;
import org.tonghu.testing.Tokens;
import org.tonghu.time.ChinaTime;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The files figures of the annual progress report and the lists behind them: each part counted as the data says it
 * (guardian recorded, a visit this year, concerns followed up), complete and incomplete adding up to the open files,
 * and every list holding as many files as its figure, a page at a time, inside the caller's jurisdiction only.
 */
@QuarkusTest
@QuarkusTestResource(LocalModeTestResource.class)
class FileCompletenessFiguresTest {

    /** Lingchuan's 2026 report in the demo data is a draft: its figures are compiled when it is read. */
    private static final String LINGCHUAN_DRAFT = "00000000-0000-4000-8000-00000000d004";
    private static final int YEAR = 2026;

    private static final String OPEN = "c.status = 'ACTIVE' and c.residence_village_code like ?";
    private static final String WITHOUT_GUARDIAN =
            "not exists (select 1 from child_guardian g where g.child_id = c.id)";
    private static final String WITHOUT_VISIT = "not exists (select 1 from visit v where v.child_id = c.id"
            + " and v.superseded_by is null and v.visited_on between ? and ?)";
    private static final String CONCERN_NOT_FOLLOWED_UP = "exists (select 1 from concern k where k.child_id = c.id"
            + " and k.status = 'OPEN' and k.raised_on < ?)";

    /** The files figures counted directly, for a region prefix (e.g. {@code 140524%}). */
    private static Map<String, Long> counted(String prefix) throws Exception {
        LocalDate from = LocalDate.of(YEAR, 1, 1);
        LocalDate through = ChinaTime.today();
        LocalDate followUp = through.minusDays(30);
        String base = "select count(*) from child c where " + OPEN;
        long open = ProgressReportTest.count(base, prefix);
        long incomplete = ProgressReportTest.count(base + " and (" + WITHOUT_GUARDIAN + " or " + WITHOUT_VISIT
                + " or " + CONCERN_NOT_FOLLOWED_UP + ")", prefix, from, through, followUp);
        return Map.of("files.complete", open - incomplete, "files.incomplete", incomplete,
                "files.withoutGuardian", ProgressReportTest.count(base + " and " + WITHOUT_GUARDIAN, prefix),
                "files.withoutVisitThisYear",
                ProgressReportTest.count(base + " and " + WITHOUT_VISIT, prefix, from, through),
                "files.concernsNotFollowedUp",
                ProgressReportTest.count(base + " and " + CONCERN_NOT_FOLLOWED_UP, prefix, followUp));
    }

    @Test
    void shouldCompileTheFilesFiguresAsTheDataSays() throws Exception {
        JsonPath report = ProgressReportTest.read(Tokens.of(ProgressReportTest.LINGCHUAN_OFFICER), LINGCHUAN_DRAFT);
        Map<String, Long> expected = counted("140524%");
        for (Map.Entry<String, Long> entry : expected.entrySet()) {
            assertEquals(entry.getValue(), ProgressReportTest.figure(report, entry.getKey()), entry.getKey());
        }
        assertEquals(ProgressReportTest.figure(report, "children.total"), ProgressReportTest.figure(report,
                "files.complete") + ProgressReportTest.figure(report, "files.incomplete"));
        List<Map<String, Object>> figures = report.getList("figures");
        assertEquals("/portal/files?region=140524000000&year=2026&show=COMPLETE", figures.stream()
                .filter(f -> "files.complete".equals(f.get("key"))).findFirst().orElseThrow().get("list"));
    }

    @Test
    void shouldListAsManyFilesAsEachFigureCountsAPageAtATime() throws Exception {
        Map<String, Long> expected = counted("140521%");
        assertTrue(expected.get("files.complete") > 0 && expected.get("files.incomplete") > 0,
                "the demo county has complete and incomplete files: " + expected);
        PortalBrowser county = new PortalBrowser();
        county.signIn("county.officer", "/portal");
        Map<String, String> listings = Map.of("files.complete", "COMPLETE", "files.incomplete", "INCOMPLETE",
                "files.withoutGuardian", "WITHOUT_GUARDIAN", "files.withoutVisitThisYear", "WITHOUT_VISIT_THIS_YEAR",
                "files.concernsNotFollowedUp", "CONCERNS_NOT_FOLLOWED_UP");
        Set<String> complete = new HashSet<>();
        Set<String> incomplete = new HashSet<>();
        for (Map.Entry<String, String> listing : listings.entrySet()) {
            Set<String> listed = listAll(county, "/portal/files?region=140521000000&year=" + YEAR + "&show="
                    + listing.getValue(), expected.get(listing.getKey()));
            assertEquals(expected.get(listing.getKey()).longValue(), listed.size(), listing.getKey());
            if (listing.getValue().equals("COMPLETE")) {
                complete.addAll(listed);
            } else if (listing.getValue().equals("INCOMPLETE")) {
                incomplete.addAll(listed);
            }
        }
        Set<String> both = new HashSet<>(complete);
        both.retainAll(incomplete);
        assertEquals(Set.of(), both, "no file is both complete and incomplete");
    }

    /** Every child id listed on the pages of a list, checking its total on each page. */
    private static Set<String> listAll(PortalBrowser browser, String path, long total) throws Exception {
        Set<String> ids = new HashSet<>();
        for (int page = 1; page <= Math.max(1, (total + 49) / 50); page++) {
            HttpResponse<String> response = browser.get(PortalBrowser.baseUrl() + path + "&page=" + page);
            assertEquals(200, response.statusCode(), path);
            if (total > 0) {
                assertTrue(response.body().contains("data-list-total=\"" + total + "\""), path + " shows its total");
            }
            Matcher child = Pattern.compile("data-child-id=\"([0-9a-f-]{36})\"").matcher(response.body());
            int onPage = 0;
            while (child.find()) {
                ids.add(child.group(1));
                onPage++;
            }
            assertTrue(onPage <= 50, "a page holds 50 files at most");
        }
        return ids;
    }

    @Test
    void shouldNotFindTheFilesOfARegionOutsideTheJurisdiction() throws Exception {
        PortalBrowser county = new PortalBrowser();
        county.signIn("county.officer", "/portal");
        assertEquals(404, county.get(PortalBrowser.baseUrl()
                + "/portal/files?region=140524000000&year=2026&show=INCOMPLETE").statusCode());
        assertEquals(404, county.get(PortalBrowser.baseUrl()
                + "/portal/files?region=140521000000&year=2026&show=EVERYTHING").statusCode());
        assertEquals(404, county.get(PortalBrowser.baseUrl()
                + "/portal/files?region=140521000000&year=2099&show=COMPLETE").statusCode());
        PortalBrowser director = new PortalBrowser();
        director.signIn("village.director", "/portal");
        assertEquals(404, director.get(PortalBrowser.baseUrl()
                + "/portal/files?region=140521000000&year=2026&show=COMPLETE").statusCode());
    }
}

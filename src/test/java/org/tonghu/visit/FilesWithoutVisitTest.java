package org.tonghu.visit;

import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tonghu.testing.GraphQLClient.run;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.tonghu.testing.Database;
import org.tonghu.testing.LocalModeTestResource;
import org.tonghu.testing.Tokens;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The open files without a visit between two days (the progress report's file completeness) are read from each
 * child's latest visit on the schedule, and looked up in the visits only when that visit is after the last day: the
 * answer must be the visits' own (a current visit of anyone between the days), for this year and for past years, after
 * a correction moves a visit out of the year, and for every open file of the province.
 */
@QuarkusTest
@QuarkusTestResource(LocalModeTestResource.class)
class FilesWithoutVisitTest {

    static final String VILLAGE = "140521901201";
    static final LocalDate TODAY = VisitTest.TODAY;

    @Inject
    VisitService visits;

    @Test
    void shouldFindTheFilesWithoutAVisitAsTheVisitsSay() throws SQLException {
        String director = Tokens.of("village.director");
        int thisYear = TODAY.getYear();
        LocalDate lastYearsDay = LocalDate.of(thisYear - 1, 6, 10);
        String registered = (thisYear - 2) + "-01-10";
        String visitedLastYear = VisitTest.createChild(director, VILLAGE, registered, List.of());
        record(director, visitedLastYear, lastYearsDay);
        String visitedBothYears = VisitTest.createChild(director, VILLAGE, registered, List.of());
        record(director, visitedBothYears, lastYearsDay);
        record(director, visitedBothYears, TODAY);
        String movedToLastYear = VisitTest.createChild(director, VILLAGE, registered, List.of());
        String visit = record(director, movedToLastYear, TODAY);
        run(director, "visit/correctVisit", "id", visit, "expectedVersion", 0, "input",
                VisitTest.visit("CONTACT", "PHONE", VisitTest.at(lastYearsDay)), "reason", "日期记错了")
                .body("errors", nullValue());
        String neverVisited = VisitTest.createChild(director, VILLAGE, registered, List.of());

        Set<String> thisYears = without("140521", LocalDate.of(thisYear, 1, 1), TODAY);
        assertTrue(thisYears.containsAll(List.of(visitedLastYear, movedToLastYear, neverVisited)), "" + thisYears);
        assertFalse(thisYears.contains(visitedBothYears));
        Set<String> lastYears = without("140521", LocalDate.of(thisYear - 1, 1, 1),
                LocalDate.of(thisYear - 1, 12, 31));
        assertTrue(lastYears.contains(neverVisited));
        assertFalse(lastYears.contains(visitedLastYear));
        assertFalse(lastYears.contains(visitedBothYears), "a visit last year, though the latest is this year's");
        assertFalse(lastYears.contains(movedToLastYear), "the correction's day counts, not the original's");

        for (int year = thisYear - 2; year <= thisYear; year++) {
            LocalDate from = LocalDate.of(year, 1, 1);
            LocalDate through = year == thisYear ? TODAY : LocalDate.of(year, 12, 31);
            Set<String> expected = counted("14", from, through);
            Set<String> found = without("14", from, through);
            Set<String> missed = new HashSet<>(expected);
            missed.removeAll(found);
            found.removeAll(expected);
            assertEquals(Set.of(), missed, "the province's files without a visit in " + year + " not found");
            assertEquals(Set.of(), found, "files found without a visit in " + year + " that have one");
        }
    }

    private static String record(String token, String child, LocalDate day) {
        return run(token, "visit/recordVisit", "childId", child, "input",
                VisitTest.visit("CONTACT", "PHONE", VisitTest.at(day))).body("errors", nullValue()).extract()
                .path("data.recordVisit.visit.id");
    }

    private Set<String> without(String prefix, LocalDate from, LocalDate through) {
        Set<UUID> ids = QuarkusTransaction.requiringNew().call(() -> visits.openFilesWithoutVisit(prefix, from,
                through));
        Set<String> found = new HashSet<>();
        ids.forEach(id -> found.add(id.toString()));
        return found;
    }

    /** The same files from the visits themselves. */
    private static Set<String> counted(String prefix, LocalDate from, LocalDate through) throws SQLException {
        Set<String> found = new HashSet<>();
        try (Connection connection = Database.asService(); PreparedStatement query = connection.prepareStatement(
                "select c.id::text from child c where c.status = 'ACTIVE' and c.residence_village_code like ?"
                        + " and not exists (select 1 from visit v where v.child_id = c.id"
                        + " and v.superseded_by is null and v.visited_on between ? and ?)")) {
            query.setString(1, prefix + "%");
            query.setObject(2, from);
            query.setObject(3, through);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    found.add(rows.getString(1));
                }
            }
        }
        return found;
    }
}

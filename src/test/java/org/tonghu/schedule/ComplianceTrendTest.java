package org.tonghu.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.tonghu.testing.LocalModeTestResource;
import org.tonghu.time.ChinaTime;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The dashboard's trend (issue 15): the twelve months read from the roll-up in one statement equal each month counted
 * directly as that month's own report judges it (ended months the month after, this month in itself), for the
 * township of {@link ComplianceRollupTest} with its year and a half of visits and for the whole county.
 */
@QuarkusTest
@QuarkusTestResource(LocalModeTestResource.class)
class ComplianceTrendTest {

    @Inject
    ScheduleStore store;

    @Inject
    ComplianceRollupJob job;

    @Test
    void shouldReadTheTrendFromTheRollupAsEachMonthCountedDirectly() throws Exception {
        ComplianceRollupTest.loadFixtures();
        job.build();
        int current = ComplianceService.month(ChinaTime.today());
        for (String prefix : List.of(ComplianceRollupTest.TOWNSHIP.substring(0, 9), "140521")) {
            Optional<List<ScheduleStore.MonthCounts>> trend = QuarkusTransaction.requiringNew().call(() ->
                    store.rolledUpTrend(ComplianceRollupTest.PROVINCE, prefix, current - 11, current, current));
            assertTrue(trend.isPresent(), "built after the job ran: " + prefix);
            assertEquals(12, trend.get().size(), "a row for each month with children: " + prefix);
            Map<Integer, List<Integer>> rolledUp = new TreeMap<>();
            Map<Integer, List<Integer>> direct = new TreeMap<>();
            for (ScheduleStore.MonthCounts month : trend.get()) {
                rolledUp.put(month.month(), counts(month.counts()));
            }
            LocalDate today = ChinaTime.today();
            for (int month = current - 11; month <= current; month++) {
                LocalDate end = LocalDate.of(month / 12, month % 12 + 1, 1).plusMonths(1).minusDays(1);
                boolean inProgress = month == current;
                int judged = inProgress ? current : month + 1;
                List<ScheduleStore.ComplianceCounts> found = QuarkusTransaction.requiringNew().call(() ->
                        store.compliance(ComplianceRollupTest.PROVINCE, prefix, prefix.length(),
                                inProgress ? today : end, judged));
                direct.put(month, counts(found.get(0)));
            }
            assertEquals(direct, rolledUp, prefix);
            assertTrue(direct.values().stream().anyMatch(counts -> counts.get(1) > 0 && counts.get(1) < counts.get(0)),
                    "some month has children both on time and late: " + direct);
        }
    }

    private static List<Integer> counts(ScheduleStore.ComplianceCounts counts) {
        return List.of(counts.children(), counts.contactOnTime(), counts.homeVisitOnTime(), counts.neverVisited());
    }
}

package org.tonghu.schedule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.tonghu.audit.AuditLog;
import org.tonghu.audit.AuditOperation;
import org.tonghu.graphql.Ids;
import org.tonghu.graphql.Problem;
import org.tonghu.graphql.ValidationFailedException;
import org.tonghu.regioncode.RegionCode;
import org.tonghu.regioncode.RegionLevel;
import org.tonghu.region.RegionService;
import org.tonghu.region.RegionView;
import org.tonghu.security.AccessScope;
import org.tonghu.security.CurrentUser;
import org.tonghu.time.ChinaTime;

/**
 * Visit compliance by region (policy §9): for a month, quarter or year, how many children of a region and of each
 * region one level down were on time with contacts and home visits, judged at the period's end by the same rule as
 * the schedule (visit_due_on), from the visits dated up to then. Read from the roll-up kept per village and month
 * (visit_compliance_month, exact and current: the writers' triggers keep it) when every region under the asked one is
 * built for the month; otherwise counted directly from the children and their visits, one SQL statement.
 */
@ApplicationScoped
public class ComplianceService {

    static final String PERIOD_INVALID = "PERIOD_INVALID";
    static final String PERIOD_IN_FUTURE = "PERIOD_IN_FUTURE";

    private final ScheduleStore store;
    private final RegionService regions;
    private final CurrentUser currentUser;
    private final AuditLog audit;

    ComplianceService(ScheduleStore store, RegionService regions, CurrentUser currentUser, AuditLog audit) {
        this.store = store;
        this.regions = regions;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    /** A period's first and last day. */
    record Period(LocalDate start, LocalDate end) {
    }

    @Transactional
    public ComplianceReport visitCompliance(String regionCode, ReportPeriodInput periodInput) {
        Judging judging = judging(regionCode, periodInput);
        AccessScope scope = judging.scope();
        RegionCode code = judging.region();
        LocalDate countedThrough = judging.countedThrough();
        RegionLevel level = code.level();
        int groupLength = level == RegionLevel.VILLAGE ? RegionLevel.VILLAGE.prefixLength()
                : RegionLevel.values()[level.ordinal() + 1].prefixLength();

        // the roll-up's month: the period's last month, judged the month after; or this month, judged in it
        Map<String, ScheduleStore.ComplianceCounts> counts = store.rolledUpCompliance(scope.jurisdictionOnly(),
                code.scopePrefix(), groupLength, month(countedThrough), judging.inProgress())
                .orElseGet(() -> store.compliance(scope.jurisdictionOnly(), code.scopePrefix(), groupLength,
                        countedThrough, month(judging.judgedOn())))
                .stream().collect(Collectors.toMap(ScheduleStore.ComplianceCounts::groupPrefix, Function.identity()));

        List<ComplianceRow> byRegion = new ArrayList<>();
        if (level != RegionLevel.VILLAGE) {
            for (RegionView subregion : regions.listSubregions(code)) {
                byRegion.add(row(subregion.code(), subregion.name(),
                        counts.get(subregion.code().substring(0, groupLength))));
            }
        }
        ScheduleStore.ComplianceCounts total = new ScheduleStore.ComplianceCounts(code.value(),
                counts.values().stream().mapToInt(ScheduleStore.ComplianceCounts::children).sum(),
                counts.values().stream().mapToInt(ScheduleStore.ComplianceCounts::contactOnTime).sum(),
                counts.values().stream().mapToInt(ScheduleStore.ComplianceCounts::homeVisitOnTime).sum(),
                counts.values().stream().mapToInt(ScheduleStore.ComplianceCounts::neverVisited).sum());
        String name = regions.findRegion(code).map(r -> r.name()).orElse(code.value());
        audit.event(AuditOperation.VISIT_COMPLIANCE_READ).record(code.value()).succeeded();
        return new ComplianceReport(judging.period().start(), judging.period().end(), countedThrough,
                row(code.value(), name, total), byRegion);
    }

    /**
     * Visit compliance of a region in the caller's jurisdiction for each of the last {@code months} months (the
     * current one included, oldest first), each judged as that month's own report judges it. One statement from the
     * roll-up; a statement per month (direct counts) where the roll-up does not cover the range.
     */
    @Transactional
    public List<ComplianceMonth> complianceTrend(String regionCode, int months) {
        AccessScope scope = currentUser.requireJurisdiction();
        List<Problem> problems = new ArrayList<>();
        Optional<RegionCode> region = regions.checkRegionInJurisdiction("regionCode", regionCode, scope, problems);
        if (months < 1 || months > MAX_TREND_MONTHS) {
            problems.add(Problem.ofField("months", PERIOD_INVALID, "A trend covers 1 to 24 months."));
        }
        if (!problems.isEmpty()) {
            throw new ValidationFailedException(problems);
        }
        RegionCode code = region.orElseThrow();
        LocalDate today = ChinaTime.today();
        int current = month(today);
        int from = current - months + 1;
        AccessScope jurisdiction = scope.jurisdictionOnly();
        Map<Integer, ScheduleStore.ComplianceCounts> counts = new java.util.HashMap<>();
        Optional<List<ScheduleStore.MonthCounts>> rolledUp = store.rolledUpTrend(jurisdiction, code.scopePrefix(),
                from, current, current);
        if (rolledUp.isPresent()) {
            rolledUp.get().forEach(row -> counts.put(row.month(), row.counts()));
        } else {
            for (int month = from; month <= current; month++) {
                LocalDate end = monthStart(month).plusMonths(1).minusDays(1);
                boolean inProgress = !end.isBefore(today);
                List<ScheduleStore.ComplianceCounts> found = store.compliance(jurisdiction, code.scopePrefix(),
                        code.scopePrefix().length(), inProgress ? today : end, inProgress ? current : month + 1);
                if (!found.isEmpty()) {
                    counts.put(month, found.get(0));
                }
            }
        }
        String name = regions.findRegion(code).map(r -> r.name()).orElse(code.value());
        List<ComplianceMonth> trend = new ArrayList<>();
        for (int month = from; month <= current; month++) {
            trend.add(new ComplianceMonth(java.time.YearMonth.from(monthStart(month)),
                    row(code.value(), name, counts.get(month))));
        }
        audit.event(AuditOperation.VISIT_COMPLIANCE_READ).record(code.value()).because("TREND").succeeded();
        return trend;
    }

    /** The longest trend asked for: the months the roll-up keeps. */
    static final int MAX_TREND_MONTHS = 24;

    /**
     * The children behind a figure of the compliance report of a region in the caller's jurisdiction for a period:
     * how many (the figure, judged as the report judges it) and the first {@code limit} of them by village and name.
     * Their names are children's data: the read is audited with their ids. One statement.
     */
    @Transactional
    public JudgedChildren listJudgedChildren(String regionCode, ReportPeriodInput periodInput, ComplianceFigure figure,
            int limit) {
        return listJudgedChildren(regionCode, periodInput, figure, limit, null);
    }

    /** A page of {@link #listJudgedChildren}: the children after the child {@code after} (an id from a page). */
    @Transactional
    public JudgedChildren listJudgedChildren(String regionCode, ReportPeriodInput periodInput, ComplianceFigure figure,
            int limit, String after) {
        Judging judging = judging(regionCode, periodInput);
        UUID afterChild = after == null ? null : Ids.parse("after", after);
        ScheduleStore.NotOnTime which = switch (figure) {
            case CONTACT_OVERDUE -> ScheduleStore.NotOnTime.CONTACT;
            case HOME_VISIT_OVERDUE -> ScheduleStore.NotOnTime.HOME_VISIT;
            case NEVER_VISITED -> ScheduleStore.NotOnTime.NEVER_VISITED;
            case CONTACT_ON_TIME -> ScheduleStore.NotOnTime.CONTACT_ON_TIME;
            case HOME_VISIT_ON_TIME -> ScheduleStore.NotOnTime.HOME_VISIT_ON_TIME;
            case CHILDREN -> ScheduleStore.NotOnTime.ALL;
        };
        int shown = Math.max(1, Math.min(limit, 1000));
        List<ScheduleStore.JudgedChild> rows = store.notOnTime(judging.scope().jurisdictionOnly(),
                judging.region().scopePrefix(), judging.countedThrough(), month(judging.judgedOn()), which,
                afterChild, shown + 1);
        List<ScheduleStore.JudgedChild> page = rows.subList(0, Math.min(shown, rows.size()));
        List<String> ids = page.stream().map(row -> row.id().toString()).toList();
        audit.event(AuditOperation.CHILD_LIST).records(ids).because(figure.name()).succeeded();
        return new JudgedChildren(rows.isEmpty() ? 0 : rows.get(0).total(), page.stream()
                .map(row -> new JudgedChildren.Child(row.id().toString(), row.name(), row.villageCode())).toList(),
                rows.size() > shown ? ids.get(ids.size() - 1) : null);
    }

    /**
     * A compliance question as the report judges it: the caller's scope, a region inside it and a period (every
     * problem with either at once), counted through the period's end (or today, while it runs) and judged the day
     * after its end (or today).
     */
    private record Judging(AccessScope scope, RegionCode region, Period period, LocalDate today) {

        boolean inProgress() {
            return !period.end().isBefore(today);
        }

        LocalDate countedThrough() {
            return inProgress() ? today : period.end();
        }

        LocalDate judgedOn() {
            return inProgress() ? today : period.end().plusDays(1);
        }
    }

    private Judging judging(String regionCode, ReportPeriodInput periodInput) {
        AccessScope scope = currentUser.requireJurisdiction();
        List<Problem> problems = new ArrayList<>();
        Optional<RegionCode> region = regions.checkRegionInJurisdiction("regionCode", regionCode, scope, problems);
        Optional<Period> period = period(periodInput, problems);
        if (!problems.isEmpty()) {
            throw new ValidationFailedException(problems);
        }
        return new Judging(scope, region.orElseThrow(), period.orElseThrow(), ChinaTime.today());
    }

    private static LocalDate monthStart(int month) {
        return LocalDate.of(month / 12, month % 12 + 1, 1);
    }

    /** A month as the schedule's rule counts it: year * 12 + month - 1. */
    static int month(LocalDate day) {
        return day.getYear() * 12 + day.getMonthValue() - 1;
    }

    /** The period asked for: a month, a quarter or a year, started by today. */
    static Optional<Period> period(ReportPeriodInput input, List<Problem> problems) {
        int year = input.year();
        if (year < 2000 || year > 2100 || (input.month() != null && input.quarter() != null)
                || (input.month() != null && (input.month() < 1 || input.month() > 12))
                || (input.quarter() != null && (input.quarter() < 1 || input.quarter() > 4))) {
            problems.add(Problem.ofField("period", PERIOD_INVALID,
                    "A period is a year with a month (1-12), a quarter (1-4) or neither."));
            return Optional.empty();
        }
        LocalDate start;
        int months;
        if (input.month() != null) {
            start = LocalDate.of(year, input.month(), 1);
            months = 1;
        } else if (input.quarter() != null) {
            start = LocalDate.of(year, (input.quarter() - 1) * 3 + 1, 1);
            months = 3;
        } else {
            start = LocalDate.of(year, 1, 1);
            months = 12;
        }
        if (start.isAfter(ChinaTime.today())) {
            problems.add(Problem.ofField("period", PERIOD_IN_FUTURE, "The period has not started yet."));
            return Optional.empty();
        }
        return Optional.of(new Period(start, start.plusMonths(months).minusDays(1)));
    }

    private static ComplianceRow row(String code, String name, ScheduleStore.ComplianceCounts counts) {
        return counts == null ? ComplianceRow.of(code, name, 0, 0, 0, 0) : ComplianceRow.of(code, name,
                counts.children(), counts.contactOnTime(), counts.homeVisitOnTime(), counts.neverVisited());
    }
}

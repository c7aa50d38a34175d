package org.tonghu.schedule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import org.tonghu.audit.AuditLog;
import org.tonghu.audit.AuditOperation;
import org.tonghu.child.ChildScope;
import org.tonghu.graphql.Problem;
import org.tonghu.graphql.ValidationFailedException;
import org.tonghu.regioncode.RegionCode;
import org.tonghu.regioncode.RegionLevel;
import org.tonghu.region.RegionService;
import org.tonghu.security.AccessScope;
import org.tonghu.security.CurrentUser;

/**
 * Visit compliance by region (policy §9): for a month, quarter or year, how many children of a region and of each
 * region one level down were on time with contacts and home visits, judged at the period's end by the same rule as
 * the schedule (visit_due_on), from the visits dated up to then. One SQL statement over indexed data.
 */
@ApplicationScoped
public class ComplianceService {

    static final String PERIOD_INVALID = "PERIOD_INVALID";
    static final String PERIOD_IN_FUTURE = "PERIOD_IN_FUTURE";

    /**
     * Judges each child in care at the end of the period; the risk level in force then is the current one, or the
     * previous one when it changed after the period. Each child's last visits up to then are two index-only probes
     * (visit_child_current_idx). A child is on time when the due month is not before the judging day's month (a due
     * date is a month's last day). Children are grouped by the region one level down.
     */
    private static final String COMPLIANCE_SQL = """
            with population as (
                select c.id, substr(c.residence_village_code, 1, :groupLength) as group_prefix, c.registered_on,
                       case when c.risk_level_since > :countedThrough and c.previous_risk_level is not null
                            then c.previous_risk_level else c.risk_level end as risk_level,
                       case when c.risk_level_since <= :countedThrough then c.previous_risk_level end as previous_risk_level,
                       c.risk_level_since
                from child c
                where c.residence_village_code like :regionPrefix and %s
                  and c.registered_on <= :countedThrough and (c.closed_on is null or c.closed_on > :countedThrough)
            ), judged as (
                select p.group_prefix, last_contact.visited_on is null as never_visited,
                       visit_due_month(last_contact.visited_on, p.registered_on, policy.contact_interval_months,
                                       p.risk_level_since, previous.contact_interval_months) >= :judgedMonth as contact_on_time,
                       visit_due_month(last_home_visit.visited_on, p.registered_on, policy.home_visit_interval_months,
                                       p.risk_level_since, previous.home_visit_interval_months) >= :judgedMonth as home_visit_on_time
                from population p
                join visit_policy policy on policy.risk_level = p.risk_level
                left join visit_policy previous on previous.risk_level = p.previous_risk_level
                left join lateral (
                    select v.visited_on from visit v
                    where v.child_id = p.id and v.superseded_by is null and v.visitor_role <> 'PARTNER_STAFF'
                      and v.visited_on <= :countedThrough
                    order by v.visited_on desc limit 1) last_contact on true
                left join lateral (
                    select v.visited_on from visit v
                    where v.child_id = p.id and v.superseded_by is null and v.visitor_role <> 'PARTNER_STAFF'
                      and v.kind = 'HOME_VISIT' and v.visited_on <= :countedThrough
                    order by v.visited_on desc limit 1) last_home_visit on true
            )
            select group_prefix, count(*), count(*) filter (where contact_on_time),
                   count(*) filter (where home_visit_on_time), count(*) filter (where never_visited)
            from judged group by group_prefix
            """;

    private final EntityManager entityManager;
    private final RegionService regions;
    private final CurrentUser currentUser;
    private final AuditLog audit;

    ComplianceService(EntityManager entityManager, RegionService regions, CurrentUser currentUser, AuditLog audit) {
        this.entityManager = entityManager;
        this.regions = regions;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    /** A period's first and last day. */
    record Period(LocalDate start, LocalDate end) {
    }

    @Transactional
    @SuppressWarnings("unchecked")
    public ComplianceReport visitCompliance(String regionCode, ReportPeriodInput periodInput) {
        AccessScope scope = currentUser.childScope();
        if (!scope.hasJurisdiction()) {
            throw currentUser.refused();
        }
        List<Problem> problems = new ArrayList<>();
        Optional<RegionCode> region = regions.checkRegionInJurisdiction("regionCode", regionCode, scope, problems);
        Optional<Period> period = period(periodInput, problems);
        if (!problems.isEmpty()) {
            throw new ValidationFailedException(problems);
        }
        RegionCode code = region.orElseThrow();
        LocalDate today = ScheduleService.today();
        LocalDate countedThrough = period.get().end().isBefore(today) ? period.get().end() : today;
        LocalDate judgedOn = period.get().end().isBefore(today) ? period.get().end().plusDays(1) : today;
        RegionLevel level = code.level();
        int groupLength = level == RegionLevel.VILLAGE ? RegionLevel.VILLAGE.prefixLength()
                : RegionLevel.values()[level.ordinal() + 1].prefixLength();

        Map<String, Object> parameters = new HashMap<>();
        String scopeSql = ChildScope.predicate("c", scope.jurisdictionOnly(),
                parameters);
        Query query = entityManager.createNativeQuery(String.format(COMPLIANCE_SQL, scopeSql));
        parameters.put("groupLength", groupLength);
        parameters.put("regionPrefix", code.scopePrefix() + "%");
        parameters.put("countedThrough", countedThrough);
        parameters.put("judgedMonth", judgedOn.getYear() * 12 + judgedOn.getMonthValue() - 1);
        parameters.forEach(query::setParameter);
        Map<String, long[]> counts = new HashMap<>();
        for (Object[] row : (List<Object[]>) query.getResultList()) {
            counts.put((String) row[0], new long[] { number(row[1]), number(row[2]), number(row[3]), number(row[4]) });
        }

        List<ComplianceRow> byRegion = new ArrayList<>();
        long[] total = new long[4];
        if (level != RegionLevel.VILLAGE) {
            List<Object[]> subregions = entityManager.createNativeQuery(
                    "select code, name from region where parent_code = :code order by code")
                    .setParameter("code", code.value()).getResultList();
            for (Object[] subregion : subregions) {
                String subCode = (String) subregion[0];
                long[] c = counts.getOrDefault(subCode.substring(0, groupLength), new long[4]);
                byRegion.add(ComplianceRow.of(subCode, (String) subregion[1], (int) c[0], (int) c[1], (int) c[2],
                        (int) c[3]));
            }
        }
        counts.values().forEach(c -> {
            for (int i = 0; i < 4; i++) {
                total[i] += c[i];
            }
        });
        String name = regions.findRegion(code).map(r -> r.name()).orElse(code.value());
        audit.event(AuditOperation.VISIT_COMPLIANCE_READ).record(code.value()).succeeded();
        return new ComplianceReport(period.get().start(), period.get().end(), countedThrough,
                ComplianceRow.of(code.value(), name, (int) total[0], (int) total[1], (int) total[2], (int) total[3]),
                byRegion);
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
        if (start.isAfter(ScheduleService.today())) {
            problems.add(Problem.ofField("period", PERIOD_IN_FUTURE, "The period has not started yet."));
            return Optional.empty();
        }
        return Optional.of(new Period(start, start.plusMonths(months).minusDays(1)));
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}

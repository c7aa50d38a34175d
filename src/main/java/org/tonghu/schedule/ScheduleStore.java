package org.tonghu.schedule;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.tonghu.child.ChildScope;
import org.tonghu.child.RiskLevel;
import org.tonghu.graphql.ConflictException;
import org.tonghu.graphql.PageRequest;
import org.tonghu.persistence.NativeSql;
import org.tonghu.persistence.NativeSql.Keyset;
import org.tonghu.persistence.Writes;
import org.tonghu.security.AccessScope;

/** All SQL of the schedule feature: the visit policy, each child's due dates, work lists and compliance counts. */
@ApplicationScoped
class ScheduleStore {

    /** The keyset of work lists: the earliest due date first, then the child's id. */
    static final Keyset EARLIEST_DUE_FIRST = Keyset.dateThenId("s.next_due_on", "s.child_id", Keyset.Order.ASCENDING);

    /**
     * Judges each child in care at the end of the period; the risk level in force then is the current one, or the
     * previous one when it changed after the period. Each child's last visits up to then are two index-only probes
     * (visit_child_current_idx). A child is on time when the due month is not before the judging day's month (a due
     * date is a month's last day). Children are grouped by the region one level down.
     */
    // reads child (village, risk level, dates) beside ChildScope, and visit: the counts need them in one statement
    private static final String COMPLIANCE_SQL = """
            with population as (
                select c.id, substr(c.residence_village_code, 1, :groupLength) as group_prefix, c.registered_on,
                       case when c.risk_level_since > :countedThrough and c.previous_risk_level is not null
                            then c.previous_risk_level else c.risk_level end as risk_level,
                       case when c.risk_level_since <= :countedThrough then c.previous_risk_level end
                           as previous_risk_level,
                       c.risk_level_since
                from child c
                where c.residence_village_code like :regionPrefix and %s
                  and c.registered_on <= :countedThrough and (c.closed_on is null or c.closed_on > :countedThrough)
            ), judged as (
                select p.group_prefix, last_contact.visited_on is null as never_visited,
                       visit_due_month(last_contact.visited_on, p.registered_on, policy.contact_interval_months,
                                       p.risk_level_since, previous.contact_interval_months) >= :judgedMonth
                           as contact_on_time,
                       visit_due_month(last_home_visit.visited_on, p.registered_on, policy.home_visit_interval_months,
                                       p.risk_level_since, previous.home_visit_interval_months) >= :judgedMonth
                           as home_visit_on_time
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

    ScheduleStore(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** A group's counts: children judged, on time with contacts, on time with home visits, never visited. */
    record ComplianceCounts(String groupPrefix, int children, int contactOnTime, int homeVisitOnTime,
            int neverVisited) {
    }

    /** A region one level down. */
    record Subregion(String code, String name) {
    }

    List<VisitPolicy> listPolicies() {
        return entityManager.createQuery("from VisitPolicy p order by p.riskLevel", VisitPolicy.class)
                .getResultList();
    }

    VisitPolicy findPolicy(RiskLevel riskLevel) {
        return entityManager.find(VisitPolicy.class, riskLevel);
    }

    void flushOrConflict(Supplier<ConflictException> conflict) {
        Writes.flushOrConflict(entityManager, conflict);
    }

    Optional<VisitSchedule> findSchedule(UUID childId) {
        return Optional.ofNullable(entityManager.find(VisitSchedule.class, childId));
    }

    /** The schedules of these children, by child id; one query. */
    Map<UUID, VisitSchedule> findSchedules(Collection<UUID> childIds) {
        if (childIds.isEmpty()) {
            return Map.of();
        }
        return entityManager.createQuery("from VisitSchedule s where s.childId in :ids", VisitSchedule.class)
                .setParameter("ids", childIds).getResultStream()
                .collect(Collectors.toMap(schedule -> schedule.childId, Function.identity()));
    }

    /**
     * How many children with an open file living in each of these villages are overdue on a day (a due date before
     * it), by village code; villages without any are absent. One query.
     */
    // groups by the child's village beside ChildScope: the schedule has no village of its own
    Map<String, Integer> countOverdueByVillage(Collection<String> villageCodes, LocalDate day) {
        Map<String, Integer> counts = new HashMap<>();
        if (villageCodes.isEmpty()) {
            return counts;
        }
        NativeSql.of("select c.residence_village_code, count(*) from visit_schedule s join child c on c.id = s.child_id"
                + " where " + ChildScope.fileOpen("c") + " and c.residence_village_code in (:villages)"
                + " and s.next_due_on < :day group by c.residence_village_code")
                .bind("villages", villageCodes).bind("day", day).rows(entityManager)
                .forEach(row -> counts.put((String) row[0], count(row[1])));
        return counts;
    }

    /**
     * A page of the schedules of the active children in a scope (optionally under a region prefix and due by a day),
     * by {@link #EARLIEST_DUE_FIRST}.
     */
    // reads child (status, village) beside ChildScope: needs ChildScope.activeUnder(alias, scope, regionPrefix)
    List<VisitSchedule> workList(AccessScope scope, String regionPrefix, LocalDate dueBy, PageRequest page) {
        Map<String, Object> scopeParameters = new HashMap<>();
        String inScope = ChildScope.predicate("c", scope, scopeParameters);
        return NativeSql.of("select s.* from visit_schedule s join child c on c.id = s.child_id where " + inScope)
                .bindAll(scopeParameters)
                .and("c.status = 'ACTIVE'")
                .andIf(regionPrefix != null, "c.residence_village_code like :filter", "filter", regionPrefix + "%")
                .andIf(dueBy != null, "s.next_due_on <= :dueBy", "dueBy", dueBy)
                .keysetPage(page, EARLIEST_DUE_FIRST)
                .list(entityManager, VisitSchedule.class);
    }

    /**
     * Visit compliance of the children in a scope under a region prefix, judged as of a month from the visits up to
     * a day, per group (the first {@code groupLength} digits of the village code).
     */
    List<ComplianceCounts> compliance(AccessScope scope, String regionPrefix, int groupLength,
            LocalDate countedThrough, int judgedMonth) {
        Map<String, Object> scopeParameters = new HashMap<>();
        String inScope = ChildScope.predicate("c", scope, scopeParameters);
        return NativeSql.of(COMPLIANCE_SQL.formatted(inScope)).bindAll(scopeParameters)
                .bind("groupLength", groupLength).bind("regionPrefix", regionPrefix + "%")
                .bind("countedThrough", countedThrough).bind("judgedMonth", judgedMonth)
                .rows(entityManager).stream()
                .map(row -> new ComplianceCounts((String) row[0], count(row[1]), count(row[2]), count(row[3]),
                        count(row[4])))
                .toList();
    }

    /** The regions one level down from a region, by code. */
    // reads region: needs RegionService.subregionsOf
    List<Subregion> subregions(String code) {
        return NativeSql.of("select code, name from region where parent_code = :code order by code")
                .bind("code", code).rows(entityManager).stream()
                .map(row -> new Subregion((String) row[0], (String) row[1])).toList();
    }

    private static int count(Object value) {
        return (int) ((Number) value).longValue();
    }
}

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
     * date is a month's last day). Children are grouped by the region one level down. The child's columns come
     * from {@link ChildScope}'s fragments ({@link #population}).
     */
    // aggregate over visit of the visit feature: one statement at province scale (README, The house)
    private static final String COMPLIANCE_SQL = """
            with population as (%s
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
    List<VisitSchedule> workList(AccessScope scope, String regionPrefix, LocalDate dueBy, PageRequest page) {
        Map<String, Object> childParameters = new HashMap<>();
        String children = ChildScope.predicate("c", scope, childParameters) + " and " + ChildScope.fileOpen("c")
                + (regionPrefix == null ? "" : " and " + ChildScope.livesUnder("c", regionPrefix, childParameters));
        return NativeSql.of("select s.* from visit_schedule s join child c on c.id = s.child_id where " + children)
                .bindAll(childParameters)
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
        Map<String, Object> childParameters = new HashMap<>();
        String population = population(scope, regionPrefix, countedThrough, childParameters);
        return NativeSql.of(COMPLIANCE_SQL.formatted(population)).bindAll(childParameters)
                .bind("groupLength", groupLength).bind("countedThrough", countedThrough)
                .bind("judgedMonth", judgedMonth)
                .rows(entityManager).stream()
                .map(row -> new ComplianceCounts((String) row[0], count(row[1]), count(row[2]), count(row[3]),
                        count(row[4])))
                .toList();
    }

    /**
     * The {@code population} of the compliance report: each child in the scope under the region and in care at the end
     * of the period, with the village prefix it is grouped by and the risk levels the rule judges it by.
     */
    private static String population(AccessScope scope, String regionPrefix, LocalDate countedThrough,
            Map<String, Object> parameters) {
        return "select c.id, substr(" + ChildScope.residenceVillage("c") + ", 1, :groupLength) as group_prefix, "
                + ChildScope.registeredOn("c") + " as registered_on, "
                + ChildScope.riskLevelOn("c", countedThrough, parameters) + " as risk_level, "
                + ChildScope.previousRiskLevelOn("c", countedThrough, parameters) + " as previous_risk_level, "
                + ChildScope.riskLevelSince("c") + " as risk_level_since from child c where "
                + ChildScope.livesUnder("c", regionPrefix, parameters) + " and "
                + ChildScope.predicate("c", scope, parameters) + " and "
                + ChildScope.inCareOn("c", countedThrough, parameters);
    }

    private static int count(Object value) {
        return (int) ((Number) value).longValue();
    }
}

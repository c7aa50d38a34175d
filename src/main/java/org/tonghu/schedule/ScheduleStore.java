package org.tonghu.schedule;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import javax.sql.DataSource;

import org.tonghu.child.ChildScope;
import org.tonghu.child.RiskLevel;
import org.tonghu.graphql.ConflictException;
import org.tonghu.graphql.PageRequest;
import org.tonghu.persistence.NativeSql;
import org.tonghu.persistence.NativeSql.Keyset;
import org.tonghu.persistence.Writes;
import org.tonghu.regioncode.RegionLevel;
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
    private static final String JUDGED_SQL = """
            with population as (%s
            ), judged as (
                select p.id, p.group_prefix, last_contact.visited_on is null as never_visited,
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
            """;
    private static final String COMPLIANCE_SQL = JUDGED_SQL + """
            select group_prefix, count(*), count(*) filter (where contact_on_time),
                   count(*) filter (where home_visit_on_time), count(*) filter (where never_visited)
            from judged group by group_prefix
            """;
    /**
     * The children behind a compliance figure (judged like {@link #COMPLIANCE_SQL}): those not on time with contacts,
     * with home visits, or never visited, by village and name, at most a number of them; the first column counts them
     * all.
     */
    // lists the judged children's names beside ChildScope: the list a dashboard's figure opens (issue 15)
    private static final String NOT_ON_TIME_SQL = JUDGED_SQL + """
            select x.total, x.id, x.name, x.village_code from (
                select count(*) over () as total, c.id, c.name, c.residence_village_code as village_code
                from judged j join child c on c.id = j.id
                where %s) x
            %s
            order by x.village_code, x.name, x.id
            limit :limit
            """;
    /** A page after a child of the list: the children after it by village, name and id. */
    private static final String AFTER_CHILD = "where (x.village_code, x.name, x.id) > (select a.residence_village_code,"
            + " a.name, a.id from child a where a.id = :after)";
    /**
     * Visit compliance of every month of a range from the roll-up, summed over the villages under a prefix in the
     * scope: a month that has ended judged the month after ("after"), the current month judged in itself ("within").
     * The first row says how many regions under the prefix are not built for the whole range (then count directly).
     */
    // reads region beside the roll-up, like ROLLED_UP_COMPLIANCE_SQL
    private static final String ROLLED_UP_TREND_SQL = """
            select u.unbuilt, g.month, g.children, g.contact_on_time, g.home_visit_on_time, g.never_visited
            from (select count(*) as unbuilt from (
                      select 1 from region r
                      where r.code like :prefix and not exists (
                          select 1 from visit_compliance_build b where b.village_code = r.code
                          and b.from_month <= :fromMonth and b.through_month >= :throughMonth)
                      limit 1) missing) u
            left join (
                select m.month, sum(m.children) as children,
                       sum(case when m.month >= :currentMonth then m.contact_on_time_within
                                else m.contact_on_time_after end) as contact_on_time,
                       sum(case when m.month >= :currentMonth then m.home_visit_on_time_within
                                else m.home_visit_on_time_after end) as home_visit_on_time,
                       sum(m.never_visited) as never_visited
                from visit_compliance_month m
                where m.month between :fromMonth and :throughMonth and m.village_code like :prefix and %s
                group by m.month) g on true
            order by g.month
            """;
    /**
     * Visit compliance from the roll-up (visit_compliance_month, migration V22): the counts of the villages under a
     * prefix and in the scope for one month, summed per group, the "within" columns for a period in progress (judged in
     * the month itself) or the "after" ones for a period that ended with the month (judged in the month after). The
     * first column of the one row that always comes back says how many regions under the prefix are not built for the
     * month (0 or 1: then the counts must not be used). One statement, one snapshot: a policy change that unbuilds the
     * roll-up is seen by the check and the counts alike.
     */
    // reads region beside the roll-up: a report is exact only if every region under the asked one is built
    private static final String ROLLED_UP_COMPLIANCE_SQL = """
            select u.unbuilt, g.group_prefix, g.children, g.contact_on_time, g.home_visit_on_time, g.never_visited
            from (select count(*) as unbuilt from (
                      select 1 from region r
                      where r.code like :prefix and not exists (
                          select 1 from visit_compliance_build b where b.village_code = r.code
                          and b.from_month <= :month and b.through_month >= :month)
                      limit 1) missing) u
            left join (
                select substr(m.village_code, 1, :groupLength) as group_prefix, sum(m.children) as children,
                       sum(m.contact_on_time_%1$s) as contact_on_time,
                       sum(m.home_visit_on_time_%1$s) as home_visit_on_time, sum(m.never_visited) as never_visited
                from visit_compliance_month m
                where m.month = :month and m.village_code like :prefix and %2$s
                group by 1) g on true
            """;

    /** The digits of a county's code: visit_schedule_county_due_idx is by county, then due date. */
    private static final int COUNTY_DIGITS = RegionLevel.COUNTY.prefixLength();
    /** How many of a county's next schedules a work list reads for each row of its page before counting directly. */
    private static final int CANDIDATES_PER_ROW = 8;
    private static final String EARLIEST_DUE_FIRST_ORDER = "s.next_due_on, s.child_id";

    private final EntityManager entityManager;
    private final DataSource dataSource;

    ScheduleStore(EntityManager entityManager, DataSource dataSource) {
        this.entityManager = entityManager;
        this.dataSource = dataSource;
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
     * by {@link #EARLIEST_DUE_FIRST}. A county's list first reads the county's next schedules by the schedule's copy of
     * the child's village (visit_schedule.village_code, kept by a trigger, V22) and its index, a few for each row of
     * the page; the child's own columns still decide who is listed, and when that yields less than a page, the list is
     * read the direct way (every child of the scope).
     */
    List<VisitSchedule> workList(AccessScope scope, String regionPrefix, LocalDate dueBy, PageRequest page) {
        Map<String, Object> childParameters = new HashMap<>();
        String children = ChildScope.predicate("c", scope, childParameters) + " and " + ChildScope.fileOpen("c")
                + (regionPrefix == null ? "" : " and " + ChildScope.livesUnder("c", regionPrefix, childParameters));
        Optional<String> county = Stream.concat(Stream.ofNullable(regionPrefix), scope.regionPrefix().stream())
                .max(Comparator.comparingInt(String::length))
                .filter(prefix -> prefix.length() == COUNTY_DIGITS);
        if (county.isPresent()) {
            // a county's list: its next schedules in due order from its own range of visit_schedule_county_due_idx,
            // then their children; when that yields a whole page it is the page (any other match comes later)
            List<VisitSchedule> narrowed = NativeSql.of("select s.* from (select s.* from visit_schedule s"
                    + " where left(s.village_code, " + COUNTY_DIGITS + ") = :county")
                    .bind("county", county.get())
                    .andIf(dueBy != null, "s.next_due_on <= :dueBy", "dueBy", dueBy)
                    .keysetPage(page, EARLIEST_DUE_FIRST)
                    .append(" limit :candidates) s join child c on c.id = s.child_id where " + children
                            + " order by " + EARLIEST_DUE_FIRST_ORDER)
                    .bind("candidates", page.fetchSize() * CANDIDATES_PER_ROW).bindAll(childParameters)
                    .limit(page.fetchSize())
                    .list(entityManager, VisitSchedule.class);
            if (narrowed.size() == page.fetchSize()) {
                return narrowed;
            }
        }
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
     * Which children a figure of the compliance report counts: late with contacts, with home visits, never visited; on
     * time with contacts, with home visits; or all judged.
     */
    enum NotOnTime {
        CONTACT("not j.contact_on_time"), HOME_VISIT("not j.home_visit_on_time"), NEVER_VISITED("j.never_visited"),
        CONTACT_ON_TIME("j.contact_on_time"), HOME_VISIT_ON_TIME("j.home_visit_on_time"), ALL("true");

        final String condition;

        NotOnTime(String condition) {
            this.condition = condition;
        }
    }

    /** A child behind a compliance figure, and how many there are in all. */
    record JudgedChild(long total, UUID id, String name, String villageCode) {
    }

    /**
     * The children in a scope under a region prefix not on time (or never visited, on time, or all) as of a month from
     * the visits up to a day, at most {@code limit} of them by village and name (after a child of the list, if given),
     * each row with the number of them all. One query.
     */
    List<JudgedChild> notOnTime(AccessScope scope, String regionPrefix, LocalDate countedThrough, int judgedMonth,
            NotOnTime which, UUID afterChild, int limit) {
        Map<String, Object> childParameters = new HashMap<>();
        String population = population(scope, regionPrefix, countedThrough, childParameters);
        NativeSql sql = NativeSql.of(NOT_ON_TIME_SQL.formatted(population, which.condition,
                afterChild == null ? "" : AFTER_CHILD)).bindAll(childParameters);
        if (afterChild != null) {
            sql.bind("after", afterChild);
        }
        return sql.bind("groupLength", regionPrefix.length()).bind("countedThrough", countedThrough)
                .bind("judgedMonth", judgedMonth).bind("limit", limit)
                .rows(entityManager).stream()
                .map(row -> new JudgedChild(((Number) row[0]).longValue(), (UUID) row[1], (String) row[2],
                        (String) row[3]))
                .toList();
    }

    /** A month's counts (the month as year * 12 + month - 1). */
    record MonthCounts(int month, ComplianceCounts counts) {
    }

    /**
     * Visit compliance of each month from {@code fromMonth} to {@code throughMonth} under a region prefix in a scope
     * from the roll-up, a row per month with children; empty when some region under the prefix is not built for the
     * whole range (count directly then). One statement.
     */
    Optional<List<MonthCounts>> rolledUpTrend(AccessScope scope, String regionPrefix, int fromMonth, int throughMonth,
            int currentMonth) {
        Map<String, Object> scopeParameters = new HashMap<>();
        String inScope = ChildScope.villageInScope("m.village_code", scope, scopeParameters);
        List<Object[]> rows = NativeSql.of(ROLLED_UP_TREND_SQL.formatted(inScope)).bindAll(scopeParameters)
                .bind("prefix", regionPrefix + "%").bind("fromMonth", fromMonth).bind("throughMonth", throughMonth)
                .bind("currentMonth", currentMonth).rows(entityManager);
        if (rows.isEmpty() || count(rows.get(0)[0]) != 0) {
            return Optional.empty();
        }
        return Optional.of(rows.stream().filter(row -> row[1] != null)
                .map(row -> new MonthCounts(count(row[1]), new ComplianceCounts(regionPrefix, count(row[2]),
                        count(row[3]), count(row[4]), count(row[5]))))
                .toList());
    }

    /**
     * Visit compliance of the villages under a region prefix in a scope for one month from the roll-up: judged in the
     * month itself ({@code within}, a period in progress) or in the month after (a period that ended with the month),
     * per group; empty when some region under the prefix is not built for the month (count directly then).
     */
    Optional<List<ComplianceCounts>> rolledUpCompliance(AccessScope scope, String regionPrefix, int groupLength,
            int month, boolean within) {
        Map<String, Object> scopeParameters = new HashMap<>();
        String inScope = ChildScope.villageInScope("m.village_code", scope, scopeParameters);
        List<Object[]> rows = NativeSql.of(ROLLED_UP_COMPLIANCE_SQL.formatted(within ? "within" : "after", inScope))
                .bindAll(scopeParameters).bind("prefix", regionPrefix + "%").bind("month", month)
                .bind("groupLength", groupLength).rows(entityManager);
        if (rows.isEmpty() || count(rows.get(0)[0]) != 0) {
            return Optional.empty();
        }
        return Optional.of(rows.stream().filter(row -> row[1] != null)
                .map(row -> new ComplianceCounts((String) row[1], count(row[2]), count(row[3]), count(row[4]),
                        count(row[5])))
                .toList());
    }

    /**
     * The counties (first six digits of their regions' codes) with a region whose compliance roll-up is not built
     * through a month, in code order; plain JDBC, outside any request.
     */
    List<String> countiesToBuild(int throughMonth) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement("select distinct left(r.code, 6)"
                        + " from region r left join visit_compliance_build b on b.village_code = r.code"
                        + " where b.through_month is null or b.through_month < ? order by 1")) {
            statement.setInt(1, throughMonth);
            List<String> counties = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    counties.add(result.getString(1));
                }
            }
            return counties;
        }
    }

    /**
     * Builds the compliance roll-up of a county's regions not built through {@code throughMonth}, for the months
     * {@code fromMonth .. throughMonth}, in one transaction under the county's lock (which every write to the county's
     * children shares, R__report_rollup_functions.sql), one statement per township (its villages together); returns
     * the townships built and the children counted. Plain JDBC: a background job, outside any request.
     */
    int[] buildCounty(String county, int fromMonth, int throughMonth) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                try (PreparedStatement lock = connection.prepareStatement(
                        "select pg_advisory_xact_lock(22, hashtext(?))")) {
                    lock.setString(1, county);
                    lock.execute();
                }
                List<String> townships = new ArrayList<>();
                try (PreparedStatement statement = connection.prepareStatement("select distinct left(r.code, 9)"
                        + " from region r left join visit_compliance_build b on b.village_code = r.code"
                        + " where r.code like ? and (b.through_month is null or b.through_month < ?) order by 1")) {
                    statement.setString(1, county + "%");
                    statement.setInt(2, throughMonth);
                    try (ResultSet result = statement.executeQuery()) {
                        while (result.next()) {
                            townships.add(result.getString(1));
                        }
                    }
                }
                int children = 0;
                try (PreparedStatement build = connection.prepareStatement(
                        "select visit_compliance_build_under(?, ?, ?)")) {
                    for (String township : townships) {
                        build.setString(1, township);
                        build.setInt(2, fromMonth);
                        build.setInt(3, throughMonth);
                        try (ResultSet result = build.executeQuery()) {
                            result.next();
                            children += result.getInt(1);
                        }
                    }
                }
                connection.commit();
                return new int[] { townships.size(), children };
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
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

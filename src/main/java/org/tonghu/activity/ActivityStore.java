package org.tonghu.activity;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.tonghu.graphql.ConflictException;
import org.tonghu.graphql.PageRequest;
import org.tonghu.persistence.NativeSql;
import org.tonghu.persistence.NativeSql.Keyset;
import org.tonghu.persistence.SqlValues;
import org.tonghu.persistence.Writes;

/** All SQL of the activity feature: activities, who attended, vice-principals and the yearly duties' gaps. */
@ApplicationScoped
class ActivityStore {

    /** The keyset of activity lists: the latest start first, then id. */
    static final Keyset LATEST_FIRST = Keyset.timestampThenId("a.starts_at", "a.id", Keyset.Order.DESCENDING);

    /** An activity counts for a duty once held or reported. */
    private static final String HELD = "a.status in ('HELD', 'REPORTED')";
    /** The period :start to :end, both days included, as bounds on the activity's start. */
    private static final String IN_PERIOD =
            "a.starts_at >= cast(:start as date) and a.starts_at < cast(:end as date) + 1";

    private final EntityManager entityManager;

    ActivityStore(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** How many attended an activity: children (registered or not) and guardians. */
    record Counts(int children, int guardians) {
        static final Counts NONE = new Counts(0, 0);
    }

    /** Events held and their attendance (registered children and people named without a file) in one group. */
    record EventCounts(int events, int attendance) {
    }

    /**
     * Activities held or reported starting in {@code [from, until)} in regions under a prefix, by the first
     * {@code groupLength} digits of their region, with their attendance. Counts only; one query.
     */
    Map<String, EventCounts> countHeldByRegion(String regionPrefix, int groupLength, OffsetDateTime from,
            OffsetDateTime until) {
        Map<String, EventCounts> counts = new HashMap<>();
        NativeSql.of("""
                select substr(a.region_code, 1, :groupLength), count(*),
                       coalesce(sum((select count(*) from activity_attendance x where x.activity_id = a.id)
                                    + (select count(*) from activity_unregistered_attendance u
                                       where u.activity_id = a.id)), 0)
                from activity a
                where a.region_code like :prefix and a.status in ('HELD', 'REPORTED')
                  and a.starts_at >= :from and a.starts_at < :until
                group by 1
                """).bind("groupLength", groupLength).bind("prefix", regionPrefix + "%").bind("from", from)
                .bind("until", until).rows(entityManager)
                .forEach(row -> counts.put((String) row[0], new EventCounts(SqlValues.integer(row[1]),
                        SqlValues.integer(row[2]))));
        return counts;
    }

    /** A vice-principal serving in a period, at which school, and the legal education class hours given in it. */
    record ServingVicePrincipal(UUID id, String personName, UUID schoolId, double hoursGiven) {
    }

    Optional<Activity> find(UUID id) {
        return Optional.ofNullable(entityManager.find(Activity.class, id));
    }

    Optional<RuleOfLawVicePrincipal> findVicePrincipal(UUID id) {
        return Optional.ofNullable(entityManager.find(RuleOfLawVicePrincipal.class, id));
    }

    /** Writes a new activity now. */
    void persist(Activity activity) {
        entityManager.persist(activity);
        entityManager.flush();
    }

    /** Writes a new vice-principal's appointment now. */
    void persist(RuleOfLawVicePrincipal vicePrincipal) {
        entityManager.persist(vicePrincipal);
        entityManager.flush();
    }

    void flushOrConflict(Supplier<ConflictException> conflict) {
        Writes.flushOrConflict(entityManager, conflict);
    }

    void addVolunteer(UUID activityId, UUID volunteerId) {
        NativeSql.of("insert into activity_volunteer (activity_id, volunteer_id) values (:a, :v)")
                .bind("a", activityId).bind("v", volunteerId).execute(entityManager);
    }

    /** Records a child as attending; whether the child was not recorded already. */
    boolean addChild(UUID activityId, UUID childId) {
        return NativeSql.of("insert into activity_attendance (activity_id, child_id) values (:a, :c)"
                + " on conflict do nothing").bind("a", activityId).bind("c", childId).execute(entityManager) > 0;
    }

    /** Records an unregistered attendee by digest; whether they were not recorded already. */
    boolean addUnregistered(UUID activityId, String personDigest) {
        return NativeSql.of("insert into activity_unregistered_attendance (activity_id, person_digest)"
                + " values (:a, :d) on conflict do nothing").bind("a", activityId).bind("d", personDigest)
                .execute(entityManager) > 0;
    }

    /** Records a guardian as attending; whether the guardian was not recorded already. */
    boolean addGuardian(UUID activityId, UUID guardianId) {
        return NativeSql.of("insert into activity_guardian_attendance (activity_id, guardian_id) values (:a, :g)"
                + " on conflict do nothing").bind("a", activityId).bind("g", guardianId).execute(entityManager) > 0;
    }

    /** The children recorded at an activity. */
    List<UUID> childrenRecorded(UUID activityId) {
        return NativeSql.of("select t.child_id from activity_attendance t where t.activity_id = :a")
                .bind("a", activityId).column(entityManager, UUID.class);
    }

    /** The guardians recorded at an activity. */
    Set<UUID> guardiansRecorded(UUID activityId) {
        return new HashSet<>(NativeSql.of("select x.guardian_id from activity_guardian_attendance x"
                + " where x.activity_id = :a").bind("a", activityId).column(entityManager, UUID.class));
    }

    /** A page of an organization's activities, optionally of a kind and status, by {@link #LATEST_FIRST}. */
    List<Activity> pageOfOrganization(UUID organizationId, ActivityKind kind, ActivityStatus status,
            PageRequest page) {
        return NativeSql.of("select a.* from activity a where a.organization_id = :org").bind("org", organizationId)
                .andIf(kind != null, "a.kind = :kind", "kind", kind == null ? null : kind.name())
                .andIf(status != null, "a.status = :status", "status", status == null ? null : status.name())
                .keysetPage(page, LATEST_FIRST)
                .list(entityManager, Activity.class);
    }

    /**
     * A page of the activities a child attended, by {@link #LATEST_FIRST}: all of them, or only an organization's
     * when {@code organizationId} is given.
     */
    List<Activity> pageOfChild(UUID childId, Optional<UUID> organizationId, PageRequest page) {
        return NativeSql.of("select a.* from activity a join activity_attendance t on t.activity_id = a.id"
                + " where t.child_id = :child").bind("child", childId)
                .andIf(organizationId.isPresent(), "a.organization_id = :org", "org", organizationId.orElse(null))
                .keysetPage(page, LATEST_FIRST)
                .list(entityManager, Activity.class);
    }

    /** How many attended each of these activities; one query. */
    Map<UUID, Counts> counts(Collection<UUID> activityIds) {
        Map<UUID, Counts> counts = new HashMap<>();
        if (activityIds.isEmpty()) {
            return counts;
        }
        NativeSql.of("""
                select a.id, (select count(*) from activity_attendance t where t.activity_id = a.id)
                           + (select count(*) from activity_unregistered_attendance u where u.activity_id = a.id),
                       (select count(*) from activity_guardian_attendance g where g.activity_id = a.id)
                from activity a where a.id in (:ids)
                """).bind("ids", activityIds).rows(entityManager)
                .forEach(row -> counts.put((UUID) row[0],
                        new Counts(SqlValues.integer(row[1]), SqlValues.integer(row[2]))));
        return counts;
    }

    // --- the yearly duties (DutyCoverageService) ------------------------------------------------------------

    /** The counties (first six digits) under a prefix where village safety education was held in the period. */
    Set<String> countiesWithSafetyEducation(String prefix, LocalDate start, LocalDate end) {
        return new HashSet<>(NativeSql.of("select distinct substr(a.region_code, 1, 6) from activity a"
                + " where a.kind = 'SAFETY_EDUCATION' and a.place_kind in ('VILLAGE', 'HARBOR_SITE')"
                + " and a.region_code like :prefix and " + HELD + " and " + IN_PERIOD)
                .bind("prefix", prefix).bind("start", start).bind("end", end).column(entityManager, String.class));
    }

    /** Those of these schools that ran or hosted a holiday safety lecture held in the period. */
    Set<UUID> schoolsWithHolidayLecture(Collection<UUID> schoolIds, LocalDate start, LocalDate end) {
        if (schoolIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(NativeSql.of("""
                select distinct x.id from activity a
                cross join lateral (values (a.organization_id), (a.school_organization_id)) x(id)
                where a.kind = 'HOLIDAY_SAFETY_LECTURE' and x.id in (:schools) and %s and %s
                """.formatted(HELD, IN_PERIOD)).bind("schools", schoolIds).bind("start", start).bind("end", end)
                .column(entityManager, UUID.class));
    }

    /**
     * The vice-principals serving in the period at these schools, by name, each with the legal education class hours
     * given in it.
     */
    List<ServingVicePrincipal> vicePrincipalsServing(Collection<UUID> schoolIds, LocalDate start, LocalDate end) {
        if (schoolIds.isEmpty()) {
            return List.of();
        }
        return NativeSql.of("""
                select v.id, v.person_name, v.school_organization_id,
                       coalesce((select sum(a.class_hours) from activity a where a.vice_principal_id = v.id
                           and a.kind = 'LEGAL_EDUCATION' and %s and %s), 0)
                from rule_of_law_vice_principal v
                where v.school_organization_id in (:schools) and v.starts_on <= cast(:end as date)
                  and (v.ends_on is null or v.ends_on >= cast(:start as date))
                order by v.person_name, v.id
                """.formatted(HELD, IN_PERIOD)).bind("schools", schoolIds).bind("start", start).bind("end", end)
                .rows(entityManager).stream()
                .map(row -> new ServingVicePrincipal((UUID) row[0], (String) row[1], (UUID) row[2],
                        ((Number) row[3]).doubleValue()))
                .toList();
    }
}

package org.tonghu.activity;

import java.time.LocalDate;
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
import org.tonghu.guardian.GuardianRelationship;
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

    /** The vice-principals serving in the period at schools under a prefix (joins the school's region). */
    // reads organization: needs OrganizationService.schoolsUnder(prefix)
    private static final String VICE_PRINCIPALS_SERVING = """
            from rule_of_law_vice_principal v join organization o on o.id = v.school_organization_id
            where o.region_code like :prefix and v.starts_on <= cast(:end as date)
              and (v.ends_on is null or v.ends_on >= cast(:start as date))
            """;

    private final EntityManager entityManager;

    ActivityStore(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** How many attended an activity: children (registered or not) and guardians. */
    record Counts(int children, int guardians) {
        static final Counts NONE = new Counts(0, 0);
    }

    /** A child recorded at an activity, by name. */
    record AttendingChild(UUID id, String name) {
    }

    /** A guardian of a child recorded at an activity, and whether they attended too. */
    record AttendingGuardian(UUID childId, UUID guardianId, String name, GuardianRelationship relationship,
            boolean attended) {
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

    /** Those of these guardians who care for a child attending now or recorded at the activity before. */
    // reads child_guardian: needs GuardianService.guardiansAmong(guardianIds, childIds)
    Set<UUID> guardiansOfAttending(UUID activityId, Collection<UUID> guardianIds, Collection<UUID> attendingNow) {
        return new HashSet<>(NativeSql.of("""
                select distinct g.guardian_id from child_guardian g
                where g.guardian_id in (:guardians)
                  and (g.child_id in (:attending)
                       or g.child_id in (select child_id from activity_attendance where activity_id = :a))
                """).bind("guardians", guardianIds)
                .bind("attending", attendingNow.isEmpty() ? List.of(new UUID(0, 0)) : attendingNow)
                .bind("a", activityId).column(entityManager, UUID.class));
    }

    /** The children recorded at an activity, by name. */
    // reads child: needs ChildService.namesOf(childIds) (whatever the caller's scope today)
    List<AttendingChild> attendingChildren(UUID activityId) {
        return NativeSql.of("""
                select c.id, c.name from activity_attendance t join child c on c.id = t.child_id
                where t.activity_id = :a order by c.name, c.id
                """).bind("a", activityId).rows(entityManager).stream()
                .map(row -> new AttendingChild((UUID) row[0], (String) row[1])).toList();
    }

    /** The guardians of the children recorded at an activity, by name, each marked when recorded too. */
    // reads child_guardian and guardian: needs GuardianService.guardiansOfChildren(childIds)
    List<AttendingGuardian> guardiansOfAttendingChildren(UUID activityId) {
        return NativeSql.of("""
                select l.child_id, g.id, g.name, l.relationship,
                       exists (select 1 from activity_guardian_attendance x
                               where x.activity_id = :a and x.guardian_id = g.id)
                from child_guardian l join guardian g on g.id = l.guardian_id
                where l.child_id in (select child_id from activity_attendance where activity_id = :a)
                order by g.name, g.id
                """).bind("a", activityId).rows(entityManager).stream()
                .map(row -> new AttendingGuardian((UUID) row[0], (UUID) row[1], (String) row[2],
                        GuardianRelationship.valueOf((String) row[3]), (Boolean) row[4]))
                .toList();
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

    /** The counties under a prefix without village safety education held in the period, by code. */
    // reads region: needs RegionService.countiesUnder(prefix)
    List<DutyGap> countiesWithoutSafetyEducation(String prefix, LocalDate start, LocalDate end, int limit) {
        return gaps("""
                select r.code, r.name, r.code, null from region r
                where r.code like :prefix and substr(r.code, 7) = '000000' and substr(r.code, 5, 2) <> '00'
                  and not exists (select 1 from activity a where a.kind = 'SAFETY_EDUCATION' and %s
                      and a.place_kind in ('VILLAGE', 'HARBOR_SITE')
                      and substr(a.region_code, 1, 6) = substr(r.code, 1, 6) and %s)
                order by r.code
                """.formatted(HELD, IN_PERIOD), prefix, start, end, limit);
    }

    /** How many counties lie under a prefix. */
    // reads region: needs RegionService.countiesUnder(prefix)
    int countCounties(String prefix) {
        return Math.toIntExact(NativeSql.of("select count(*) from region r where r.code like :prefix"
                + " and substr(r.code, 7) = '000000' and substr(r.code, 5, 2) <> '00'").bind("prefix", prefix)
                .column(entityManager, Long.class).get(0));
    }

    /** The schools under a prefix without a holiday safety lecture held in the period, by region and name. */
    // reads organization: needs OrganizationService.schoolsUnder(prefix)
    List<DutyGap> schoolsWithoutHolidayLecture(String prefix, LocalDate start, LocalDate end, int limit) {
        return gaps("""
                select cast(o.id as varchar), o.name, o.region_code, null from organization o
                where o.kind = 'SCHOOL' and o.region_code like :prefix
                  and not exists (select 1 from activity a where a.kind = 'HOLIDAY_SAFETY_LECTURE' and %s
                      and (a.organization_id = o.id or a.school_organization_id = o.id) and %s)
                order by o.region_code, o.name
                """.formatted(HELD, IN_PERIOD), prefix, start, end, limit);
    }

    /** How many schools lie under a prefix. */
    // reads organization: needs OrganizationService.schoolsUnder(prefix)
    int countSchools(String prefix) {
        return Math.toIntExact(NativeSql.of("select count(*) from organization o where o.kind = 'SCHOOL'"
                + " and o.region_code like :prefix").bind("prefix", prefix).column(entityManager, Long.class).get(0));
    }

    /**
     * The vice-principals serving in the period at schools under a prefix who gave fewer legal education class
     * hours than {@code requiredHours} in it, by region and name, with the hours given.
     */
    List<DutyGap> vicePrincipalsShortOfHours(String prefix, LocalDate start, LocalDate end, double requiredHours,
            int limit) {
        String hoursGiven = """
                coalesce((select sum(a.class_hours) from activity a where a.vice_principal_id = v.id
                    and a.kind = 'LEGAL_EDUCATION' and %s and %s), 0)""".formatted(HELD, IN_PERIOD);
        return NativeSql.of("select cast(v.id as varchar), v.person_name, o.region_code, " + hoursGiven + " as hours "
                + VICE_PRINCIPALS_SERVING + " and " + hoursGiven + " < :requiredHours"
                + " order by o.region_code, v.person_name")
                .bind("prefix", prefix).bind("start", start).bind("end", end).bind("requiredHours", requiredHours)
                .limit(limit).rows(entityManager).stream().map(ActivityStore::gap).toList();
    }

    /** How many vice-principals serve in the period at schools under a prefix. */
    int countVicePrincipals(String prefix, LocalDate start, LocalDate end) {
        return Math.toIntExact(NativeSql.of("select count(*) " + VICE_PRINCIPALS_SERVING)
                .bind("prefix", prefix).bind("start", start).bind("end", end)
                .column(entityManager, Long.class).get(0));
    }

    private List<DutyGap> gaps(String sql, String prefix, LocalDate start, LocalDate end, int limit) {
        return NativeSql.of(sql).bind("prefix", prefix).bind("start", start).bind("end", end).limit(limit)
                .rows(entityManager).stream().map(ActivityStore::gap).toList();
    }

    private static DutyGap gap(Object[] row) {
        return new DutyGap((String) row[0], (String) row[1], (String) row[2],
                row[3] == null ? null : ((Number) row[3]).doubleValue());
    }
}

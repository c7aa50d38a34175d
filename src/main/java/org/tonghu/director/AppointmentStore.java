package org.tonghu.director;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
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

/** All SQL of the director feature: appointments, and the staffing and caseload counts over them. */
@ApplicationScoped
class AppointmentStore {

    /** The keyset of the appointment lists: by region code, then id. */
    static final Keyset BY_REGION = Keyset.textThenId("a.region_code", "a.id");
    /** The keyset of the village staffing list: by village code. */
    static final Keyset BY_VILLAGE = Keyset.uniqueText("v.code");
    /** The keyset of the caseload list: by the director's region code, then the appointment's id. */
    static final Keyset BY_DIRECTOR = Keyset.textThenId("x.region_code", "x.id");

    /** Each village under :prefix with its active children and its directors active on :today. */
    // reads region and child: needs RegionService.villagesUnder and ChildService.countActiveByVillage
    private static final String VILLAGE_STAFFING_SQL = """
            select r.code, r.name,
                   (select count(*) from child c
                      where c.residence_village_code = r.code and c.status = 'ACTIVE') as children,
                   (select count(*) from appointment a where a.region_code = r.code and a.kind = 'DIRECTOR'
                      and a.starts_on <= :today and (a.ends_on is null or a.ends_on >= :today)) as directors
            from region r
            where r.code like :prefix and substr(r.code, 10) <> '000'
            """;

    /** A village whose directors fall short: none, or one for more children than the policy's number. */
    private static final String GAP_SQL = "(v.directors = 0 or (v.directors = 1 and v.children > :perDirector))";

    private final EntityManager entityManager;

    AppointmentStore(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** A village's counts: active children and directors active on the day. */
    record VillageCounts(String code, String name, int children, int directors) {
    }

    /** Counts of the villages whose code starts with {@code prefix}, per group: villages, without, needing more. */
    record StaffingCounts(String groupPrefix, int villages, int withoutDirector, int needingMore) {
    }

    /** A director's caseload: the village's children, those at high risk, those overdue, the village's directors. */
    record Caseload(UUID appointmentId, int children, int highRisk, int overdue, int directors) {
    }

    /** A region one level down. */
    record Subregion(String code, String name) {
    }

    Optional<Appointment> find(UUID id) {
        return Optional.ofNullable(entityManager.find(Appointment.class, id));
    }

    /** The appointments with these ids. */
    List<Appointment> findAll(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return entityManager.createQuery("from Appointment a where a.id in :ids", Appointment.class)
                .setParameter("ids", ids).getResultList();
    }

    /**
     * A page of appointments of a kind whose region starts with the prefix or is one of the exact codes, optionally
     * only those active on a day, by {@link #BY_REGION}.
     */
    List<Appointment> page(AppointmentKind kind, String prefix, Collection<String> exactCodes, LocalDate activeOn,
            PageRequest page) {
        return NativeSql.of("select a.* from appointment a where a.kind = :kind")
                .bind("kind", kind.name())
                .and("(a.region_code like :prefix or a.region_code in (:exact))")
                .bind("prefix", prefix == null ? "-" : prefix + "%")
                .bind("exact", exactCodes.isEmpty() ? List.of("-") : exactCodes)
                .andIf(activeOn != null, "a.starts_on <= :day and (a.ends_on is null or a.ends_on >= :day)", "day",
                        activeOn)
                .keysetPage(page, BY_REGION)
                .list(entityManager, Appointment.class);
    }

    /** The appointments of a kind active on a day in any of these regions. */
    List<Appointment> activeIn(AppointmentKind kind, Collection<String> regionCodes, LocalDate day) {
        if (regionCodes.isEmpty()) {
            return List.of();
        }
        return entityManager.createQuery("from Appointment a where a.kind = :kind and a.regionCode in :codes"
                + " and a.startsOn <= :day and (a.endsOn is null or a.endsOn >= :day) order by a.startsOn, a.id",
                Appointment.class)
                .setParameter("kind", kind).setParameter("codes", regionCodes).setParameter("day", day)
                .getResultList();
    }

    void persist(Appointment appointment) {
        entityManager.persist(appointment);
    }

    void flush() {
        entityManager.flush();
    }

    void flushOrConflict(Supplier<ConflictException> conflict) {
        Writes.flushOrConflict(entityManager, conflict);
    }

    /**
     * The villages under a prefix counted per group (the first {@code groupLength} digits of the village code): how
     * many, how many without a director, how many with one director for more than {@code perDirector} children.
     */
    List<StaffingCounts> staffingCounts(String prefix, int groupLength, LocalDate today, int perDirector) {
        return NativeSql.of("select substr(v.code, 1, :groupLength), count(*),"
                + " count(*) filter (where v.directors = 0),"
                + " count(*) filter (where v.directors = 1 and v.children > :perDirector)"
                + " from (" + VILLAGE_STAFFING_SQL + ") v group by 1")
                .bind("groupLength", groupLength).bind("prefix", prefix + "%").bind("today", today)
                .bind("perDirector", perDirector)
                .rows(entityManager).stream()
                .map(row -> new StaffingCounts((String) row[0], SqlValues.integer(row[1]), SqlValues.integer(row[2]),
                        SqlValues.integer(row[3])))
                .toList();
    }

    /** A page of the villages under a prefix, by code; only those with a gap if asked. */
    List<VillageCounts> villageStaffing(String prefix, LocalDate today, boolean onlyGaps, int perDirector,
            PageRequest page) {
        NativeSql sql = NativeSql.of("select v.* from (" + VILLAGE_STAFFING_SQL + ") v where true")
                .bind("prefix", prefix + "%").bind("today", today);
        if (onlyGaps) {
            sql.and(GAP_SQL, "perDirector", perDirector);
        }
        return sql.keysetPage(page, BY_VILLAGE).rows(entityManager).stream()
                .map(row -> new VillageCounts((String) row[0], (String) row[1], SqlValues.integer(row[2]),
                        SqlValues.integer(row[3])))
                .toList();
    }

    /** A page of the directors active on a day under a prefix with their caseloads, by {@link #BY_DIRECTOR}. */
    // reads child and visit_schedule: needs ChildService.countActiveByVillage and ScheduleService.countOverdueByVillage
    List<Caseload> caseloads(String prefix, LocalDate today, PageRequest page) {
        return NativeSql.of("""
                select x.* from (
                    select a.id, a.region_code, count(c.id) as children,
                           count(c.id) filter (where c.risk_level = 'HIGH') as high_risk,
                           count(s.child_id) filter (where s.next_due_on < :today) as overdue,
                           (select count(*) from appointment b where b.region_code = a.region_code
                              and b.kind = 'DIRECTOR' and b.starts_on <= :today
                              and (b.ends_on is null or b.ends_on >= :today)) as directors
                    from appointment a
                    left join child c on c.residence_village_code = a.region_code and c.status = 'ACTIVE'
                    left join visit_schedule s on s.child_id = c.id
                    where a.kind = 'DIRECTOR' and a.region_code like :prefix
                      and a.starts_on <= :today and (a.ends_on is null or a.ends_on >= :today)
                    group by a.id, a.region_code) x
                where true""")
                .bind("prefix", prefix + "%").bind("today", today)
                .keysetPage(page, BY_DIRECTOR)
                .rows(entityManager).stream()
                .map(row -> new Caseload((UUID) row[0], SqlValues.integer(row[2]), SqlValues.integer(row[3]),
                        SqlValues.integer(row[4]), SqlValues.integer(row[5])))
                .toList();
    }

    /** The regions one level down from a region, by code. */
    // reads region: needs RegionService.subregionsOf
    List<Subregion> subregions(String code) {
        return NativeSql.of("select code, name from region where parent_code = :code order by code")
                .bind("code", code).rows(entityManager).stream()
                .map(row -> new Subregion((String) row[0], (String) row[1])).toList();
    }
}
